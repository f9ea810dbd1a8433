-- /articles?author=AUTHOR
-- params:p1=AUTHOR p2=51
select a.id, a.title, a.outlet, a.url, a.published_on, a.published_precision, a.word_count,
       a.extractor_version, a.ingested_at, au.id as author_id, au.name as author_name,
       au.slug as author_slug, (select count(*) from claim c where c.article_id = a.id) as claim_count
from article a left join author au on au.id = a.author_id where au.slug = :p1 order by a.id limit :p2;
