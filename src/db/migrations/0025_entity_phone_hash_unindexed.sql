-- Issue 10.7: the phone's keyed hash needs no index. The list search ORs it with the name's ILIKE, which
-- scans the unit's rows anyway; the index only cost the import (1M rows, two thirds with a phone: 37–40 s
-- with it, 24 s without, PostgreSQL 15).
DROP INDEX IF EXISTS "entities_phone_hash_idx";
