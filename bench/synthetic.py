"""Writes a deterministic synthetic snapshot of N launches with the real data's shapes.

Each launch and payload is a real document (cycled) with a new id, name, flight number and date; 0-3 payloads per
launch, the real null masses kept, the last 1 % upcoming (success null, no payloads for a third of them). Launchpads
and rockets are the real ones. Usage: python3 synthetic.py N OUT_DIR
"""
import json
import os
import sys
from datetime import datetime, timedelta, timezone

def main(n, out, real="data/spacex-api"):
    launches = json.load(open(os.path.join(real, "launches.json")))
    payloads = json.load(open(os.path.join(real, "payloads.json")))
    flown = [l for l in launches if not l["upcoming"]]
    os.makedirs(out, exist_ok=True)
    start = datetime(2006, 3, 24, tzinfo=timezone.utc)
    upcoming_from = n - max(1, n // 100)
    with open(os.path.join(out, "launches.json"), "w") as lf, open(os.path.join(out, "payloads.json"), "w") as pf:
        lf.write("[")
        pf.write("[")
        first_payload = True
        for i in range(n):
            launch = dict(flown[i % len(flown)])
            launch_id = f"{i:024x}"
            upcoming = i >= upcoming_from
            date = start + timedelta(minutes=7 * i)
            count = 0 if upcoming and i % 3 == 0 else i % 4
            ids = []
            for s in range(count):
                payload = dict(payloads[(i * 4 + s) % len(payloads)])
                payload["id"] = f"{(1 << 40) + i * 4 + s:024x}"
                payload["launch"] = launch_id
                ids.append(payload["id"])
                pf.write(("" if first_payload else ",") + json.dumps(payload, separators=(",", ":")))
                first_payload = False
            launch.update(
                id=launch_id, name=f"Synthetic {i}", flight_number=i + 1, payloads=ids, upcoming=upcoming,
                success=None if upcoming else launch["success"],
                date_utc=date.strftime("%Y-%m-%dT%H:%M:%S.000Z"), date_unix=int(date.timestamp()),
                static_fire_date_utc=(date - timedelta(hours=40)).strftime("%Y-%m-%dT%H:%M:%S.000Z") if i % 3 == 0 else None)
            lf.write(("" if i == 0 else ",") + json.dumps(launch, separators=(",", ":")))
        lf.write("]")
        pf.write("]")
    for name in ("launchpads", "rockets"):
        with open(os.path.join(real, f"{name}.json")) as src, open(os.path.join(out, f"{name}.json"), "w") as dst:
            dst.write(src.read())

if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
