-- A catalog's place in the browser's tree: the names of its folder and the folders above it, outermost
-- first, joined by '/'; '' for the top. Stores made before folders keep their catalogs at the top.
ALTER TABLE catalogs ADD COLUMN folder TEXT NOT NULL DEFAULT '';
