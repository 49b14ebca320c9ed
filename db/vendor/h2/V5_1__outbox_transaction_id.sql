-- The embedded H2 default runs as a single instance; its outbox is consumed in id order and
-- needs no transaction ids. (Kept so both vendors share one migration history.)
SELECT 1;
