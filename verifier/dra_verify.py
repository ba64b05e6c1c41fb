#!/usr/bin/env python3
"""An independent verifier of 双随机助手 draw records, algorithm version 2.

Written from docs/draw-spec.md alone, with the Python standard library only. It re-derives the seed
from the announcement and the revealed randomness, re-draws, and checks every hash.

    python3 verifier/dra_verify.py RECORD --objects FILE --inspectors FILE [--announcement FILE]
    python3 verifier/dra_verify.py --batch DIR      # every case in DIR/cases.json, one JSON line each

Exit codes: 0 verified, 1 not verified, 2 bad input.
"""
import hashlib
import json
import math
import re
import sys
from decimal import Decimal

# ---- §1 canonical JSON ------------------------------------------------------------------------


class Refused(Exception):
    """The input cannot be read as the specification requires (bad input, exit 2)."""


_ESC = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def _str(s):
    out = ['"']
    for ch in s:
        o = ord(ch)
        if 0xD800 <= o <= 0xDFFF:
            raise Refused("a string holds a lone surrogate")
        if ch in _ESC:
            out.append(_ESC[ch])
        elif o < 0x20:
            out.append("\\u%04x" % o)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _num(v):
    if isinstance(v, bool):
        raise AssertionError
    if isinstance(v, int):
        if abs(v) >= 10**21:
            raise Refused("a number is too large")
        return str(v)
    if not math.isfinite(v) or abs(v) >= 1e21:
        raise Refused("a number is not finite or too large")
    if v == int(v):
        return str(int(v))
    r = repr(v)
    if "e" in r or "E" in r:
        if abs(v) >= 1e-6:
            raise Refused("unexpected number form")
        # ECMAScript writes e.g. 1e-7; Python 1e-07.
        mant, exp = r.split("e")
        return "%se%s%d" % (mant, "-" if int(exp) < 0 else "+", abs(int(exp)))
    return r


def canonical(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return _num(v)
    if isinstance(v, str):
        return _str(v)
    if isinstance(v, list):
        return "[" + ",".join(canonical(x) for x in v) + "]"
    if isinstance(v, dict):
        keys = sorted(v.keys(), key=lambda k: k.encode("utf-16-be"))
        return "{" + ",".join(_str(k) + ":" + canonical(v[k]) for k in keys) + "}"
    raise Refused("not a JSON value: %r" % (v,))


def cbytes(v):
    return canonical(v).encode("utf-8")


def sha(b):
    return hashlib.sha256(b).digest()


def H(v):
    return hashlib.sha256(cbytes(v)).hexdigest()


# ---- §2 rows ----------------------------------------------------------------------------------

OBJECT_STRINGS = ["uscc", "idNumber", "name", "address", "personInCharge", "contact", "type", "industry", "region", "registrationOffice", "scale", "establishedOn"]
FLAGS = ["abnormal", "dishonest", "seriousViolation", "complaint"]
CLASSES = ["A", "B", "C", "D"]
KIND_LABELS = {"行政执法类公务员": "civil-servant", "具备行政执法资格人员": "qualified", "日常从事监管工作人员": "supervisory"}
KINDS = ["civil-servant", "qualified", "supervisory"]
WS = " \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"


def _id(v, where):
    if not isinstance(v, str) or not v or v != v.strip(WS):
        raise Refused("%s: id must be a non-empty string without surrounding white space" % where)
    return v


def _opt(row, key, typ, where):
    if key in row and row[key] is not None:
        if not isinstance(row[key], typ) or (typ is int and isinstance(row[key], bool)):
            raise Refused("%s.%s has the wrong type" % (where, key))
        return row[key]
    if key in row and row[key] is None:
        raise Refused("%s.%s is null" % (where, key))
    return None


def object_row(r, where):
    if not isinstance(r, dict):
        raise Refused("%s is not an object" % where)
    out = {"id": _id(r.get("id"), where)}
    for k in OBJECT_STRINGS:
        v = _opt(r, k, str, where)
        if v is not None:
            out[k] = v
    cc = _opt(r, "creditClass", str, where)
    if cc is not None:
        if cc not in CLASSES:
            raise Refused("%s.creditClass must be A, B, C or D" % where)
        out["creditClass"] = cc
    flags = _opt(r, "flags", dict, where) or {}
    out["flags"] = {}
    for k in FLAGS:
        v = _opt(flags, k, bool, where + ".flags")
        if v is not None:
            out["flags"][k] = v
    si = _opt(r, "specialIndustry", bool, where)
    if si is not None:
        out["specialIndustry"] = si
    c = _opt(r, "checksThisYear", int, where)
    if c is not None and c < 0:
        raise Refused("%s.checksThisYear is negative" % where)
    out["checksThisYear"] = c if c is not None else 0
    return out


def inspector_row(r, where):
    if not isinstance(r, dict):
        raise Refused("%s is not an object" % where)
    out = {"id": _id(r.get("id"), where)}
    for k in ["name", "gender", "position", "licenceNumber", "unit"]:
        v = _opt(r, k, str, where)
        if v is not None:
            out[k] = v
    d = _opt(r, "departmentId", str, where)
    if d is not None:
        out["departmentId"] = _id(d, where + ".departmentId")
    k = _opt(r, "registryKind", str, where)
    if k is not None:
        k = KIND_LABELS.get(k, k)
        if k not in KINDS:
            raise Refused("%s.registryKind is unknown" % where)
        out["registryKind"] = k
    for b, dflt in [("expert", False), ("thirdParty", False), ("active", True)]:
        v = _opt(r, b, bool, where)
        out[b] = dflt if v is None else v
    for a in ["expertise", "conflicts"]:
        v = _opt(r, a, list, where)
        v = [] if v is None else v
        if not all(isinstance(x, str) for x in v):
            raise Refused("%s.%s must hold strings" % (where, a))
        out[a] = [_id(x, where + "." + a) for x in v] if a == "conflicts" else v
    return out


def canonical_list(rows, make, what):
    if not isinstance(rows, list):
        raise Refused("the %s file is not a JSON array" % what)
    out = [make(r, "%s[%d]" % (what, i)) for i, r in enumerate(rows)]
    out.sort(key=lambda r: r["id"].encode("utf-16-be"))
    for a, b in zip(out, out[1:]):
        if a["id"] == b["id"]:
            raise Refused("duplicate id %s in the %s" % (a["id"], what))
    return out


def rows_hash(rows):
    digests = b""
    for c in range(0, len(rows), 4096):
        digests += sha(b"".join(cbytes(r) + b"\n" for r in rows[c:c + 4096]))
    return hashlib.sha256(digests).hexdigest()


def r4(p):
    """A percent with at most 4 decimals as integer ten-thousandths (§2.3)."""
    if isinstance(p, bool) or not isinstance(p, (int, float)):
        raise Refused("a percent is not a number")
    d = Decimal(repr(p)) * 10000 if isinstance(p, float) else Decimal(p) * 10000
    if d != d.to_integral_value() or not (0 <= p <= 100):
        raise Refused("a percent must lie in 0–100 with at most 4 decimals: %r" % (p,))
    return int(d)


# ---- §3 generator -----------------------------------------------------------------------------


class Stream:
    def __init__(self, seed, label):
        self.key = sha(seed + label.encode("ascii"))
        self.i = 0
        self.words = []

    def u32(self):
        if not self.words:
            block = sha(self.key + self.i.to_bytes(8, "big"))
            self.i += 1
            self.words = [int.from_bytes(block[k:k + 4], "big") for k in range(28, -1, -4)]
        return self.words.pop()

    def int(self, n):
        limit = 2**32 - (2**32 % n)
        while True:
            x = self.u32()
            if x < limit:
                return x % n


def sample(stream, n, k):
    a = {}
    out = []
    for i in range(k):
        j = i + stream.int(n - i)
        out.append(a.get(j, j))
        a[j] = a.get(i, i)
    return out


def derive_seed(announcement_hash, public_values, contributions):
    return sha(cbytes(["dra-seed/2", announcement_hash, public_values, contributions]))


def preview_seed(text):
    return sha(cbytes(["dra-preview/2", text]))


# ---- §4–§7 the draw ---------------------------------------------------------------------------


class DrawFails(Exception):
    pass


def matches(o, f):
    for lst, field in [("types", "type"), ("industries", "industry"), ("regions", "region"), ("registrationOffices", "registrationOffice"), ("scales", "scale"), ("creditClasses", "creditClass")]:
        if lst in f and o.get(field) not in f[lst]:
            return False
    for flag, want in f.get("flags", {}).items():
        if (o["flags"].get(flag) is True) != want:
            return False
    return True


def high_risk(o):
    return o.get("creditClass") == "D" or any(o["flags"].get(k) is True for k in FLAGS)


def special(o, params):
    return o.get("specialIndustry") is True or ("industry" in o and any(k in o["industry"] for k in params["specialIndustries"]))


def draw(seed, objects, inspectors, req, params):
    st = Stream(seed, "objects")
    classified = "classRates" in req or "classCounts" in req
    pools = {k: [] for k in CLASSES + ["unclassified"]}
    exclusions = []
    f = req.get("filters") if req.get("directed") else None
    mx = params["maxChecksPerYear"]
    for o in objects:
        if f and not matches(o, f):
            continue
        if o["checksThisYear"] >= mx and not high_risk(o) and not special(o, params):
            exclusions.append({"objectId": o["id"], "reason": "frequency: already checked %d times this year (max %d)" % (o["checksThisYear"], mx)})
            continue
        key = o["creditClass"] if classified and "creditClass" in o else "unclassified"
        pools[key].append(o)
    total = sum(len(p) for p in pools.values())
    if total == 0:
        raise DrawFails("empty-library")
    classes = []
    for key in CLASSES + ["unclassified"]:
        pool = pools[key]
        if key == "unclassified":
            rate = req.get("unclassifiedRate") if classified else req.get("rate")
            fixed = None if classified else req.get("count")
        else:
            rate = req.get("classRates", {}).get(key)
            fixed = req.get("classCounts", {}).get(key)
        if not pool and rate is None and fixed is None:
            continue
        if pool and rate is None and fixed is None:
            raise DrawFails("no-rate")
        n = len(pool)
        target = fixed if fixed is not None else (n * r4(rate) + 500000) // 1000000
        if target > n:
            raise DrawFails("count-above-pool")
        entry = {"creditClass": key, "poolSize": n}
        if fixed is None:
            entry["ratePercent"] = rate
        else:
            entry["fixedCount"] = fixed
        entry["target"] = target
        entry["objectIds"] = [pool[i]["id"] for i in sample(st, n, target)]
        classes.append(entry)
    object_ids = [x for c in classes for x in c["objectIds"]]

    # §5 team
    m = req["inspectorsPerObject"]
    depts = req["departments"]
    eligible = [i for i in inspectors if i["active"] and not i["expert"] and not i["thirdParty"] and i.get("registryKind") in params["allowedKinds"] and i.get("departmentId") in depts]
    if m < params["minInspectorsPerObject"]:
        raise DrawFails("below-minimum")
    if len(eligible) < m:
        raise DrawFails("too-few-inspectors")
    if not req["joint"]:
        team = eligible
    else:
        if len(depts) > params["maxJointInspectors"]:
            raise DrawFails("too-many-departments")
        ts = Stream(seed, "team")
        team = []
        for d in depts:
            own = [i for i in eligible if i["departmentId"] == d]
            if not own:
                raise DrawFails("department-without-inspectors")
            team.append(own[ts.int(len(own))])
        taken = set(i["id"] for i in team)
        rest = [i for i in eligible if i["id"] not in taken]
        more = min(params["maxJointInspectors"] - len(team), len(rest))
        team += [rest[x] for x in sample(ts, len(rest), more)]
        team.sort(key=lambda i: i["id"].encode("utf-16-be"))

    # §6 matching
    ms = Stream(seed, "match")
    load = [0] * len(team)

    def pick(accept, prefer):
        for L in sorted(set(load)):
            B = [x for x in range(len(team)) if load[x] == L]
            n = len(B)
            a = {}
            fallback = None
            for i in range(n):
                j = i + ms.int(n - i)
                x = B[a.get(j, j)]
                a[j] = a.get(i, i)
                if not accept(x):
                    continue
                if prefer is None or prefer(x):
                    return x
                if fallback is None:
                    fallback = x
            if fallback is not None:
                return fallback
        return None

    assignments, replacements = [], []
    for oid in object_ids:
        chosen, recused, pending, ds = [], [], [], []
        accept = lambda x: x not in chosen and x not in recused  # noqa: E731
        prefer = (lambda x: team[x]["departmentId"] not in ds) if req["joint"] else None
        while len(chosen) < m:
            x = pick(accept, prefer)
            if x is None:
                raise DrawFails("conflicts-exhaust-team")
            if oid in team[x]["conflicts"]:
                recused.append(x)
                pending.append(x)
                continue
            load[x] += 1
            chosen.append(x)
            ds.append(team[x]["departmentId"])
            if pending:
                e = pending.pop(0)
                replacements.append({"objectId": oid, "excludedInspectorId": team[e]["id"], "replacementInspectorId": team[x]["id"], "reason": "conflict of interest (利害关系回避)"})
        assignments.append({"objectId": oid, "inspectorIds": [team[x]["id"] for x in chosen]})

    result = {"classes": classes, "objectIds": object_ids, "team": [i["id"] for i in team], "assignments": assignments, "replacements": replacements, "exclusions": exclusions, "excludedByReason": {"frequency": len(exclusions)} if exclusions else {}}
    # §7 batch order
    k = len(object_ids)
    if req["keyItem"] and k * 1000000 >= r4(params["highRatePercent"]) * total:
        result["batchOrder"] = [object_ids[x] for x in sample(Stream(seed, "batch"), k, k)]
    return result


# ---- §8–§9 the record and its verification ----------------------------------------------------

HEX64 = re.compile(r"^[0-9a-f]{64}$")
SLOT = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
REQUEST_FIELDS = {"taskId", "taskName", "year", "joint", "departments", "directed", "filters", "classRates", "classCounts", "rate", "count", "unclassifiedRate", "inspectorsPerObject", "keyItem"}
FILTER_LISTS = ["types", "industries", "regions", "registrationOffices", "scales", "creditClasses"]
PARAMS_FIELDS = {"minInspectorsPerObject", "maxJointInspectors", "maxChecksPerYear", "specialIndustries", "allowedKinds", "highRatePercent"}
RECORD_FIELDS = {"format", "kind", "algorithm", "taskId", "attempt", "request", "params", "inputs", "announcement", "announcementHash", "randomness", "seed", "result", "resultHash", "recordHash", "envelope"}
RECORD_REQUIRED = RECORD_FIELDS - {"announcement", "announcementHash"}
INPUT_FIELDS = {"objectsHash", "inspectorsHash", "requestHash", "objectCount", "inspectorCount"}
ANN_FIELDS = {"format", "taskId", "taskName", "attempt", "reason", "algorithm", "profile", "request", "inputs", "randomness"}
RESULT_FIELDS = {"classes", "objectIds", "team", "assignments", "replacements", "exclusions", "excludedByReason", "batchOrder"}


def exact(obj, allowed, required, where):
    if not isinstance(obj, dict):
        raise Refused("%s is not an object" % where)
    extra = sorted(set(obj) - allowed)
    if extra:
        raise Refused("%s has unknown field(s): %s" % (where, ", ".join(extra)))
    missing = sorted(required - set(obj))
    if missing:
        raise Refused("%s lacks field(s): %s" % (where, ", ".join(missing)))


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def check_request(req, where):
    """The stored request must already be normalised (§2.3): anything else is refused."""
    exact(req, REQUEST_FIELDS, {"taskId", "year", "joint", "departments", "directed", "inspectorsPerObject", "keyItem"}, where)
    if not isinstance(req["departments"], list) or not req["departments"] or len(set(req["departments"])) != len(req["departments"]):
        raise Refused("%s.departments must list each department once" % where)
    modes = [k for k in ["rate", "count", "classRates", "classCounts"] if k in req]
    if len(modes) != 1:
        raise Refused("%s must give exactly one of rate, count, classRates, classCounts" % where)
    for k in ["rate", "unclassifiedRate"]:
        if k in req:
            r4(req[k])
    if "unclassifiedRate" in req and "classRates" not in req and "classCounts" not in req:
        raise Refused("%s.unclassifiedRate without classes" % where)
    for k in ["classRates", "classCounts"]:
        if k in req:
            exact(req[k], set(CLASSES), set(), where + "." + k)
            for v in req[k].values():
                if k == "classRates":
                    r4(v)
                elif not (is_int(v) and v >= 0):
                    raise Refused("%s.classCounts: a count is not an integer ≥ 0" % where)
    if "count" in req and not (is_int(req["count"]) and req["count"] >= 0):
        raise Refused("%s.count must be an integer ≥ 0" % where)
    if not is_int(req["inspectorsPerObject"]) or not 1 <= req["inspectorsPerObject"] <= 20:
        raise Refused("%s.inspectorsPerObject must be 1–20" % where)
    for b in ["joint", "directed", "keyItem"]:
        if not isinstance(req[b], bool):
            raise Refused("%s.%s must be a boolean" % (where, b))
    if "filters" in req:
        f = req["filters"]
        exact(f, set(FILTER_LISTS) | {"flags"}, set(), where + ".filters")
        for k in FILTER_LISTS:
            if k in f and (not f[k] or f[k] != sorted(set(f[k]), key=lambda s: s.encode("utf-16-be"))):
                raise Refused("%s.filters.%s is not normalised" % (where, k))
        if "flags" in f:
            exact(f["flags"], set(FLAGS), set(), where + ".filters.flags")
        if not f or not req["directed"]:
            raise Refused("%s.filters is not normalised" % where)


def check_params(p, where):
    exact(p, PARAMS_FIELDS, PARAMS_FIELDS, where)
    for k in ["minInspectorsPerObject", "maxJointInspectors", "maxChecksPerYear"]:
        if not is_int(p[k]) or p[k] < 1:
            raise Refused("%s.%s must be an integer ≥ 1" % (where, k))
    r4(p["highRatePercent"])


def check_announcement_body(a, where):
    exact(a, ANN_FIELDS, ANN_FIELDS - {"taskName", "reason"}, where)
    if a["format"] != "dra-announcement/1":
        raise Refused("%s.format is not dra-announcement/1" % where)
    if a["algorithm"] != {"id": "dra-sha256-ctr", "version": 2}:
        raise Refused("%s names another algorithm" % where)
    if not is_int(a["attempt"]) or a["attempt"] < 1 or (a["attempt"] > 1 and not a.get("reason")):
        raise Refused("%s.attempt: a later attempt needs its reason" % where)
    exact(a["profile"], {"id", "params"}, {"id", "params"}, where + ".profile")
    check_params(a["profile"]["params"], where + ".profile.params")
    check_request(a["request"], where + ".request")
    exact(a["inputs"], INPUT_FIELDS, INPUT_FIELDS, where + ".inputs")
    rnd = a["randomness"]
    exact(rnd, {"publicValues", "contributions"}, {"publicValues", "contributions"}, where + ".randomness")
    if not rnd["publicValues"]:
        raise Refused("%s names no public value" % where)
    ids = []
    for p in rnd["publicValues"]:
        exact(p, {"id", "source", "availableAfter", "format"}, {"id", "source", "availableAfter"}, where + ".publicValues[]")
        ids.append(p["id"])
    for c in rnd["contributions"]:
        exact(c, {"id", "holder", "commitment"}, {"id", "holder", "commitment"}, where + ".contributions[]")
        if not HEX64.match(c["commitment"]):
            raise Refused("a commitment is not a SHA-256")
        ids.append(c["id"])
    if len(set(ids)) != len(ids) or not all(isinstance(i, str) and SLOT.match(i) for i in ids):
        raise Refused("%s: randomness ids must be short and unique" % where)


def check_result(r):
    exact(r, RESULT_FIELDS, RESULT_FIELDS - {"batchOrder"}, "result")
    for c in r["classes"]:
        exact(c, {"creditClass", "poolSize", "ratePercent", "fixedCount", "target", "objectIds"}, {"creditClass", "poolSize", "target", "objectIds"}, "result.classes[]")
    for a in r["assignments"]:
        exact(a, {"objectId", "inspectorIds"}, {"objectId", "inspectorIds"}, "result.assignments[]")
    for a in r["replacements"]:
        exact(a, {"objectId", "excludedInspectorId", "replacementInspectorId", "reason"}, {"objectId", "excludedInspectorId", "replacementInspectorId", "reason"}, "result.replacements[]")
    for a in r["exclusions"]:
        exact(a, {"objectId", "reason"}, {"objectId", "reason"}, "result.exclusions[]")


def without(d, *keys):
    return {k: v for k, v in d.items() if k not in keys}


def verify(record, objects_data, inspectors_data, published=None):
    """Returns (kind, differences, recomputed): differences empty means verified. Raises Refused on bad input."""
    exact(record, RECORD_FIELDS, RECORD_REQUIRED, "record")
    if record["format"] != "dra-draw-record/2":
        raise Refused("not a version 2 record (format %r)" % (record.get("format"),))
    kind = record["kind"]
    if kind not in ("official", "preview"):
        raise Refused("record.kind must be official or preview")
    if record["algorithm"] != {"id": "dra-sha256-ctr", "version": 2}:
        raise Refused("record.algorithm is not dra-sha256-ctr version 2")
    if not is_int(record["attempt"]) or record["attempt"] < 1:
        raise Refused("record.attempt must be 1, 2, …")
    check_request(record["request"], "record.request")
    check_params(record["params"], "record.params")
    exact(record["inputs"], INPUT_FIELDS, INPUT_FIELDS, "record.inputs")
    exact(record["envelope"], {"drawnAt", "tool"}, {"drawnAt"}, "record.envelope")
    check_result(record["result"])
    for k in ["seed", "resultHash", "recordHash"] + (["announcementHash"] if "announcementHash" in record else []):
        if not isinstance(record[k], str) or not HEX64.match(record[k]):
            raise Refused("record.%s is not a SHA-256" % k)
    rnd = record["randomness"]
    if not isinstance(rnd, dict):
        raise Refused("record.randomness is not an object")
    if "previewSeed" in rnd:
        exact(rnd, {"previewSeed"}, {"previewSeed"}, "record.randomness")
    else:
        exact(rnd, {"publicValues", "contributions"}, {"publicValues", "contributions"}, "record.randomness")
        for x in rnd["publicValues"] + rnd["contributions"]:
            exact(x, {"id", "value"}, {"id", "value"}, "record.randomness[]")
    if "announcement" in record:
        check_announcement_body(record["announcement"], "record.announcement")

    diffs = []
    if H(without(record, "recordHash", "envelope")) != record["recordHash"]:
        diffs.append("recordHash: the record was changed after it was written")
    if H(record["result"]) != record["resultHash"]:
        diffs.append("resultHash: the recorded result does not match its hash")
    objects = canonical_list(objects_data, object_row, "objects")
    inspectors = canonical_list(inspectors_data, inspector_row, "inspectors")
    got = {"objectsHash": rows_hash(objects), "inspectorsHash": rows_hash(inspectors), "requestHash": H(record["request"]), "objectCount": len(objects), "inspectorCount": len(inspectors)}
    for k, v in got.items():
        if record["inputs"][k] != v:
            diffs.append("inputs.%s: the registries or request given are not those of the draw" % k)

    if kind == "official":
        if "previewSeed" in rnd or "announcement" not in record or "announcementHash" not in record:
            diffs.append("kind: an official record must derive its seed from an announcement")
            seed = preview_seed(rnd["previewSeed"]) if "previewSeed" in rnd else b"\0" * 32
        else:
            a = record["announcement"]
            if H(a) != record["announcementHash"]:
                diffs.append("announcementHash: the announcement in the record does not match its hash")
            if published is None:
                raise Refused("an official record is checked against the published announcement (--announcement)")
            exact(published, ANN_FIELDS | {"announcementHash", "envelope"}, ANN_FIELDS - {"taskName", "reason"} | {"announcementHash"}, "announcement")
            body = without(published, "announcementHash", "envelope")
            check_announcement_body(body, "announcement")
            if H(body) != published["announcementHash"]:
                diffs.append("announcement: the published announcement does not match its own hash")
            if published["announcementHash"] != record["announcementHash"]:
                diffs.append("announcement: the record is not of the published announcement")
            for k in ["request", "taskId", "attempt", "inputs"]:
                if canonical(a[k]) != canonical(record[k]):
                    diffs.append("%s: differs from the announcement's" % k)
            if canonical(a["profile"]["params"]) != canonical(record["params"]):
                diffs.append("params: differ from the announcement's")
            if [p["id"] for p in rnd["publicValues"]] != [p["id"] for p in a["randomness"]["publicValues"]] or [c["id"] for c in rnd["contributions"]] != [c["id"] for c in a["randomness"]["contributions"]]:
                diffs.append("randomness: not the public values and contributions the announcement named, in its order")
            for c, spec in zip(rnd["contributions"], a["randomness"]["contributions"]):
                if hashlib.sha256(c["value"].encode("utf-8", "strict")).hexdigest() != spec["commitment"]:
                    diffs.append("randomness: contribution %s does not match its commitment" % c["id"])
            drawn = record["envelope"]["drawnAt"]
            for p in a["randomness"]["publicValues"]:
                if drawn[:10] < p["availableAfter"][:10]:
                    diffs.append("envelope.drawnAt: before public value %s existed" % p["id"])
            announced = (published.get("envelope") or {}).get("announcedAt")
            if announced and drawn < announced:
                diffs.append("envelope.drawnAt: before the announcement")
            seed = derive_seed(record["announcementHash"], [p["value"] for p in rnd["publicValues"]], [c["value"] for c in rnd["contributions"]])
    else:
        if "previewSeed" not in rnd or "announcement" in record or "announcementHash" in record:
            diffs.append("kind: a preview record carries a preview seed and no announcement")
            seed = b"\0" * 32
        else:
            seed = preview_seed(rnd["previewSeed"])
    if seed.hex() != record["seed"]:
        diffs.append("seed: not the one derived from the randomness")
    try:
        result = draw(seed, objects, inspectors, record["request"], record["params"])
    except DrawFails as e:
        diffs.append("result: the draw cannot be made (%s)" % e)
        result = None
    if result is not None and canonical(result) != canonical(record["result"]):
        diffs.append("result: the re-drawn result differs from the recorded one")
    recomputed = None
    if result is not None:
        rec2 = dict(record, result=result, resultHash=H(result), seed=seed.hex())
        recomputed = {"resultHash": H(result), "recordHash": H(without(rec2, "recordHash", "envelope"))}
    return kind, diffs, recomputed


def load(path):
    with open(path, encoding="utf-8-sig") as f:
        return json.load(f)


def batch(folder):
    """cases.json: [{name, record, objects, inspectors, announcement?}] (file names in folder)."""
    import os
    cases = load(os.path.join(folder, "cases.json"))
    cache = {}

    def get(name):
        if name not in cache:
            cache[name] = load(os.path.join(folder, name))
        return cache[name]

    for c in cases:
        out = {"name": c["name"]}
        try:
            kind, diffs, recomputed = verify(get(c["record"]), get(c["objects"]), get(c["inspectors"]), get(c["announcement"]) if c.get("announcement") else None)
            out.update(kind=kind, verified=not diffs, differences=diffs, recomputed=recomputed)
        except Refused as e:
            out.update(verified=False, refused=str(e))
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    return 0


def main(argv):
    import argparse
    ap = argparse.ArgumentParser(description="verify a 双随机助手 draw record (algorithm version 2)")
    ap.add_argument("record", nargs="?")
    ap.add_argument("--objects")
    ap.add_argument("--inspectors")
    ap.add_argument("--announcement")
    ap.add_argument("--batch")
    a = ap.parse_args(argv)
    if a.batch:
        return batch(a.batch)
    if not a.record or not a.objects or not a.inspectors:
        sys.stderr.write("give RECORD --objects FILE --inspectors FILE [--announcement FILE]\n")
        return 2
    try:
        kind, diffs, _ = verify(load(a.record), load(a.objects), load(a.inspectors), load(a.announcement) if a.announcement else None)
    except (Refused, ValueError, OSError) as e:
        sys.stderr.write("bad input: %s\n" % e)
        return 2
    print("kind: %s" % kind)
    if not diffs:
        print("verified")
        return 0
    print("NOT verified:\n" + "\n".join("  - " + d for d in diffs))
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
