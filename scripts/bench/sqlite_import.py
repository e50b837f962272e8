"""Bulk import of items into a stopped DynamoDB Local's SQLite file (bench only).

DynamoDB Local (3.x) keeps each table in a SQLite table of the same name:

    hashKey BLOB, [rangeKey BLOB,] hashValue BLOB, [rangeValue BLOB,] itemSize INTEGER, ObjectJSON BLOB

- hashKey / rangeKey: the UTF-8 bytes of a string key;
- hashValue / rangeValue: SHA-1 over the salt b"LocalDdb" and those bytes;
- itemSize: DynamoDB's item size (attribute-name bytes plus value bytes);
- ObjectJSON: the item as DynamoDB JSON.

The benchmark checks every import by reading the items back through the
DynamoDB API (Query, GetItem, Scan), so a format change in a future
DynamoDB Local fails loudly instead of skewing results.

Input on stdin, one item per line, fields separated by tabs (no field holds a
raw tab or newline; ObjectJSON is JSON-escaped). The first field picks the
table by its position on the command line:
    <n> <hashKey> <rangeKey> <itemSize> <ObjectJSON>     (hash + range table)
    <n> <hashKey> <itemSize> <ObjectJSON>                (hash-only table)

Usage: python3 sqlite_import.py <db file> <table>:range|hash ...
Prints the number of rows inserted per table, as JSON.
"""
import hashlib
import json
import sqlite3
import sys

SALT = b"LocalDdb"


def sha1(data: bytes) -> bytes:
    h = hashlib.sha1(SALT)
    h.update(data)
    return h.digest()


def main() -> None:
    db_file = sys.argv[1]
    specs = [arg.rsplit(":", 1) for arg in sys.argv[2:]]
    con = sqlite3.connect(db_file, isolation_level=None)
    con.execute("PRAGMA synchronous = OFF")
    con.execute("PRAGMA journal_mode = OFF")
    con.execute("PRAGMA cache_size = -1048576")  # 1 GiB
    statements = []
    for table, kind in specs:
        quoted = '"' + table.replace('"', '""') + '"'
        if kind == "range":
            statements.append((kind, f"INSERT OR REPLACE INTO {quoted} (hashKey, rangeKey, hashValue, rangeValue, itemSize, ObjectJSON) VALUES (?, ?, ?, ?, ?, ?)"))
        else:
            statements.append((kind, f"INSERT OR REPLACE INTO {quoted} (hashKey, hashValue, itemSize, ObjectJSON) VALUES (?, ?, ?, ?)"))
    counts = [0] * len(specs)
    batches = [[] for _ in specs]
    con.execute("BEGIN")
    for line in sys.stdin.buffer:
        n, rest = line.rstrip(b"\n").split(b"\t", 1)
        i = int(n)
        kind = statements[i][0]
        if kind == "range":
            hk, rk, size, obj = rest.split(b"\t", 3)
            batches[i].append((hk, rk, sha1(hk), sha1(rk), int(size), obj))
        else:
            hk, size, obj = rest.split(b"\t", 2)
            batches[i].append((hk, sha1(hk), int(size), obj))
        if len(batches[i]) >= 10000:
            con.executemany(statements[i][1], batches[i])
            counts[i] += len(batches[i])
            batches[i] = []
    for i, batch in enumerate(batches):
        if batch:
            con.executemany(statements[i][1], batch)
            counts[i] += len(batch)
    con.execute("COMMIT")
    con.close()
    print(json.dumps({table: count for (table, _), count in zip(specs, counts)}))


if __name__ == "__main__":
    main()
