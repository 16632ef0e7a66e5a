"""Turn a CSV of articles into JSON Lines that `warta ingest` reads: one object per row.

    python examples/csv_to_jsonl.py IN.csv OUT.jsonl --text isi_berita --title judul --url tautan \
        --published tanggal --date-format "%m/%d/%Y %H:%M" --utc-offset +07:00

--text names the body column (required); the others are optional. With --date-format the published column is
rewritten as ISO 8601 (with --utc-offset when the CSV's times are local, such as WIB, +07:00).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import datetime


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("csv_file")
    ap.add_argument("jsonl_file")
    ap.add_argument("--text", required=True, help="column holding the article body")
    for name in ("title", "url", "published", "outlet"):
        ap.add_argument(f"--{name}", help=f"column holding the {name}")
    ap.add_argument("--date-format", help="strptime format of the published column")
    ap.add_argument("--utc-offset", default="", help="offset to attach to published times, e.g. +07:00")
    args = ap.parse_args(argv)
    csv.field_size_limit(sys.maxsize)  # article bodies are longer than csv's 128 KB default field limit
    rows = 0
    with open(args.csv_file, newline="", encoding="utf-8-sig") as src, open(args.jsonl_file, "w") as out:
        for row in csv.DictReader(src):
            record = {"text": row[args.text]}
            for name in ("title", "url", "published", "outlet"):
                column = getattr(args, name)
                if column and row.get(column):
                    record[name] = row[column].strip()
            if args.date_format and record.get("published"):
                when = datetime.strptime(record["published"], args.date_format)
                record["published"] = when.isoformat() + args.utc_offset
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            rows += 1
    print(f"{rows} rows written to {args.jsonl_file}", file=sys.stderr)


if __name__ == "__main__":
    main()
