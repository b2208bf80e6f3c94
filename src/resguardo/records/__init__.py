"""The communication record: an append-only, hash-chained log of every contact, exportable for court."""
