-- An article posted as a web page keeps the page itself (decoded to text), so that re-extraction reads it again with
-- the current HTML reader; raw_body then holds the main text that reader took from it. Null for articles posted as text.
alter table article add column raw_html text;
