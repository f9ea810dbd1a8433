-- A claim's period may be inferred from the article rather than stated by its sentence ("That deal doubled
-- deliveries." after "In May 2014 Gazprom and CNPC signed a contract."): the time expression it was inferred from,
-- null for a stated period. Claims stored before keep null (stated or none) until re-extracted.
alter table claim add column time_inferred_from text;
