#!/usr/bin/env python3
"""Check assets/demo-list.json against the demo-list requirements (standard library only).

Independent of gen_demo.py: it re-implements docs/scoring.md §1–§3 (expected progress X with
milestones, actual progress A from the latest accepted report, the status rules in order) and
counts the statuses on the evaluation date 11-25 for a non-leap (2026) and a leap year (2028).

Usage:  python3 tools/demo-gen/check_demo.py [path-to-demo-list.json]
Exit code 0 when every check passes, 1 otherwise. Prints the counts either way.
"""

import datetime
import json
import os
import re
import sys
from collections import Counter
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.normpath(os.path.join(HERE, "..", "..", "assets", "demo-list.json"))

EVAL = "11-25"
LAST = "11-24"
YEARS = (2026, 2028)
GRACE_DAYS = 45            # "deadline + a bit" for report dates
MAX_BYTES = 400 * 1024
STATUSES = ["NotStarted", "CompletedOnTime", "CompletedLate", "Overdue", "Ahead", "Lagging", "OnSchedule"]
# realistic spread on 11-25: (minimum share, maximum share) of all tasks, on top of "at least 5"
SPREAD = {"CompletedOnTime": (0.28, 0.42), "CompletedLate": (0.05, 0.12), "Overdue": (0.05, 0.12),
          "Ahead": (0.07, 0.14), "Lagging": (0.11, 0.20), "OnSchedule": (0.15, 0.26), "NotStarted": (0.02, 0.07)}

failures = []


def check(cond, msg):
    if not cond:
        failures.append(msg)
    return cond


# ----------------------------------------------------------------------------- dates

MMDD = re.compile(r"^(\d\d)-(\d\d)$")


def valid_mmdd(s):
    if not isinstance(s, str) or not MMDD.match(s) or s == "02-29":
        return False
    try:
        for y in YEARS:
            datetime.date(y, int(s[:2]), int(s[3:]))
    except ValueError:
        return False
    return True


def D(s, year):
    return datetime.date(year, int(s[:2]), int(s[3:]))


def key(s):
    """Order of MM-dd strings (the same in every year)."""
    return (int(s[:2]), int(s[3:]))


def days_between(a, b, year=2026):
    return (D(b, year) - D(a, year)).days


# ------------------------------------------------------------------------ docs/scoring.md §1–§3

def x_expected(task, e, year):
    E, S, Dl = D(e, year), D(task["start"], year), D(task["deadline"], year)
    if E < S:
        return Fraction(0)
    if E >= Dl:
        return Fraction(1)
    ms = task.get("milestones") or []
    if not ms:
        return Fraction((E - S).days, (Dl - S).days)
    points = [(S, Fraction(0))]
    total = Fraction(0)
    for m in sorted(ms, key=lambda m: key(m["due"])):
        total += Fraction(str(m["share"]))
        points.append((D(m["due"], year), total))
    points.append((Dl, Fraction(1)))
    # the point at or before E with the highest share (a milestone due on E counts as due) ...
    before = [p for p in points if p[0] <= E]
    lo = max(before, key=lambda p: (p[0], p[1]))
    if lo[0] == E:
        return lo[1]
    # ... and the first point after E
    hi = min((p for p in points if p[0] > E), key=lambda p: (p[0], p[1]))
    return lo[1] + (hi[1] - lo[1]) * Fraction((E - lo[0]).days, (hi[0] - lo[0]).days)


def a_actual(task, e, year):
    E = D(e, year)
    best = None
    for i, r in enumerate(task["reports"]):
        if r["state"] != "Accepted" or D(r["date"], year) > E:
            continue
        k = (D(r["date"], year), i)   # equal dates: the one later in the file counts as accepted last
        if best is None or k > best[0]:
            best = (k, r["percent"])
    return Fraction(best[1], 100) if best else Fraction(0)


def task_status(task, e, year):
    E, S, Dl = D(e, year), D(task["start"], year), D(task["deadline"], year)
    if E < S:
        return "NotStarted"
    full = [D(r["date"], year) for r in task["reports"]
            if r["state"] == "Accepted" and r["percent"] == 100 and D(r["date"], year) <= E]
    if full:
        c = min(full)
        return "CompletedOnTime" if c <= Dl else "CompletedLate"
    if E > Dl:
        return "Overdue"
    x, a = x_expected(task, e, year), a_actual(task, e, year)
    if a - x >= Fraction(10, 100):
        return "Ahead"
    if x - a > Fraction(5, 100):
        return "Lagging"
    return "OnSchedule"


def self_test():
    """The worked example of docs/scoring.md §7 (E = 2026-04-30) must come out as documented."""
    def t(s, d, ms, reps):
        return {"start": s, "deadline": d, "milestones": [{"title": "m", "due": a, "share": b} for a, b in ms],
                "reports": [{"date": a, "percent": b, "state": "Accepted"} for a, b in reps]}
    cases = [
        (t("01-01", "12-31", [], [("04-20", 30)]), Fraction(119, 364), "OnSchedule"),
        (t("01-01", "06-30", [("03-31", 0.3), ("05-31", 0.5)], [("04-25", 40)]),
         Fraction(3, 10) + Fraction(1, 2) * Fraction(30, 61), "Lagging"),
        (t("01-01", "03-31", [], [("03-28", 100)]), Fraction(1), "CompletedOnTime"),
        (t("02-01", "04-15", [], [("04-10", 80)]), Fraction(1), "Overdue"),
        (t("05-01", "09-30", [], []), Fraction(0), "NotStarted"),
    ]
    for i, (task, x, st) in enumerate(cases, 1):
        assert x_expected(task, "04-30", 2026) == x, f"worked example T{i}: X"
        assert task_status(task, "04-30", 2026) == st, f"worked example T{i}: status"
    # exact comparisons: 0.70 − 0.60 is Ahead, exactly 0.05 behind is not Lagging
    edge = t("01-01", "12-31", [("04-30", 0.6)], [("04-30", 70)])
    assert task_status(edge, "04-30", 2026) == "Ahead"
    edge["reports"][0]["percent"] = 55
    assert task_status(edge, "04-30", 2026) == "OnSchedule"


# ----------------------------------------------------------------------------- checks

def main():
    self_test()
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
    size = os.path.getsize(path)
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    check(size < MAX_BYTES, f"file is {size} bytes, over {MAX_BYTES}")

    # top level
    check(data.get("format") == "screenboard-list/1", "format must be screenboard-list/1")
    lst = data.get("list") or {}
    check(lst.get("year") is None, "list.year must be null")
    check(lst.get("title") == "青川市{year}年度市委市政府重点工作督查清单", "list.title must carry the {year} placeholder")
    check(set(data) == {"format", "list", "units", "tasks", "notices"}, f"unexpected top-level keys {sorted(data)}")

    # units
    units = data["units"]
    by_code = {}
    for u in units:
        check(set(u) == {"code", "name", "kind", "competent"}, f"unit {u.get('code')}: keys {sorted(u)}")
        c = u["code"]
        check(isinstance(c, str) and re.fullmatch(r"[A-Z]{2,6}", c or ""), f"unit code {c!r} is not short uppercase ASCII")
        check(c not in by_code, f"unit code {c} used twice")
        check(u["kind"] in ("Department", "Town", "Street"), f"unit {c}: kind {u['kind']}")
        check(isinstance(u["name"], str) and u["name"].strip(), f"unit {c}: name missing")
        by_code[c] = u
    kinds = Counter(u["kind"] for u in units)
    check(len(units) >= 35, f"only {len(units)} units")
    check(20 <= kinds["Department"] <= 25, f"{kinds['Department']} departments (about 22 expected)")
    check(7 <= kinds["Town"] <= 9, f"{kinds['Town']} towns (about 8 expected)")
    check(5 <= kinds["Street"] <= 7, f"{kinds['Street']} streets (about 6 expected)")
    check(by_code.get("DCS", {}).get("name") == "市委督查室" and by_code["DCS"]["kind"] == "Department", "DCS must be 市委督查室")
    names = [u["name"] for u in units]
    check(len(set(names)) == len(names), "unit names must be unique")
    for needed in ("市发展和改革委员会", "市财政局", "市住房和城乡建设局", "市城市管理局", "市农业农村局", "市教育局",
                   "市卫生健康委员会", "市交通运输局", "市生态环境局", "市商务局", "市工业和信息化局", "市自然资源和规划局",
                   "市水利局", "市民政局", "市人力资源和社会保障局", "市市场监督管理局", "市文化广电和旅游局",
                   "市应急管理局", "市数据局", "市公安局", "市委督查室"):
        check(needed in names, f"department {needed} missing")
    for u in units:
        comp = u["competent"]
        if u["kind"] == "Town":
            check(u["name"].endswith("镇"), f"town {u['code']} name {u['name']}")
        if u["kind"] == "Street":
            check(u["name"].endswith("街道"), f"street {u['code']} name {u['name']}")
        if u["kind"] in ("Town", "Street"):
            check(comp is not None, f"{u['kind']} {u['code']} needs a competent department")
        if comp is not None:
            check(comp in by_code and by_code[comp]["kind"] == "Department" and comp != u["code"],
                  f"unit {u['code']}: competent {comp} must be another department")
    check(sum(1 for u in units if u["kind"] == "Department" and u["competent"]) <= 3,
          "departments should mostly have no competent department")

    # tasks
    tasks = data["tasks"]
    check(len(tasks) >= 150, f"only {len(tasks)} tasks")
    codes = [t["code"] for t in tasks]
    check(len(set(codes)) == len(codes), "task codes must be unique")
    titles = [t["title"] for t in tasks]
    check(len(set(titles)) == len(titles), "task titles should be unique")
    prefix = {"Major": "DS", "Key": "YS", "PeopleLivelihood": "SS"}
    task_keys = {"code", "title", "goal", "category", "source", "lead", "coUnits", "leader", "supervisor",
                 "start", "deadline", "weight", "milestones", "reports"}
    lead_count = Counter()
    downward = []
    state_count = Counter()
    with_ms = 0
    ms_total = 0
    ms_partial = 0
    for t in tasks:
        c = t["code"]
        check(set(t) == task_keys, f"{c}: keys {sorted(t)}")
        check(t["category"] in prefix, f"{c}: category {t['category']}")
        check(re.fullmatch(prefix.get(t["category"], "??") + r"-\d{3}", c), f"{c}: code does not match category")
        check(t["source"] in ("AnnualList", "LeaderInstruction", "Hotline12345", "InspectionFinding"), f"{c}: source {t['source']}")
        check(isinstance(t["title"], str) and t["title"].strip() and len(t["title"]) <= 300, f"{c}: title")
        check(isinstance(t["goal"], str) and t["goal"].strip(), f"{c}: goal")
        check(t["lead"] in by_code, f"{c}: lead {t['lead']} unknown")
        check(t["lead"] != "DCS", f"{c}: DCS must not lead")
        lead_count[t["lead"]] += 1
        check(t["supervisor"] in by_code and by_code[t["supervisor"]]["kind"] == "Department", f"{c}: supervisor {t['supervisor']} must be a department")
        check(t["supervisor"] != t["lead"], f"{c}: supervisor is the lead")
        check(isinstance(t["coUnits"], list) and len(set(t["coUnits"])) == len(t["coUnits"]), f"{c}: coUnits")
        for cu in t["coUnits"]:
            check(cu in by_code and cu != t["lead"], f"{c}: co-unit {cu}")
        check(isinstance(t["leader"], str) and re.fullmatch(r"[\u4e00-\u9fff]{2,3}（[^）]+）", t["leader"] or ""), f"{c}: leader {t['leader']!r}")
        w = t["weight"]
        check(w in (1, 1.5, 2), f"{c}: weight {w}")
        if w != 1:
            check(t["category"] == "Major", f"{c}: weight {w} on a non-大事 task")
        s, d = t["start"], t["deadline"]
        if not (check(valid_mmdd(s) and valid_mmdd(d), f"{c}: bad start/deadline {s} {d}")):
            continue
        check(key(s) <= key(d), f"{c}: start after deadline")

        ms = t["milestones"]
        if ms:
            with_ms += 1
            ms_total += len(ms)
            total = Fraction(0)
            prev = None
            for m in ms:
                check(set(m) == {"title", "due", "share"}, f"{c}: milestone keys")
                check(isinstance(m["title"], str) and m["title"].strip(), f"{c}: milestone title")
                check(valid_mmdd(m["due"]) and key(s) <= key(m["due"]) <= key(d), f"{c}: milestone due {m['due']} outside [{s}, {d}]")
                check(prev is None or key(m["due"]) > key(prev), f"{c}: milestone dues not strictly increasing")
                prev = m["due"]
                sh = Fraction(str(m["share"]))
                check(sh > 0, f"{c}: milestone share {m['share']} must be > 0")
                total += sh
            check(total <= 1, f"{c}: milestone shares sum to {float(total)} > 1")
            if total < 1:
                ms_partial += 1

        reps = t["reports"]
        prev_date = None
        acc_prev = None
        for r in reps:
            check(set(r) == {"date", "percent", "narrative", "state", "returnReason"}, f"{c}: report keys")
            rd = r["date"]
            if not check(valid_mmdd(rd), f"{c}: report date {rd}"):
                continue
            check(key(rd) <= key(LAST), f"{c}: report {rd} after {LAST}")
            check(key(rd) >= key(s), f"{c}: report {rd} before start {s}")
            check(days_between(d, rd) <= GRACE_DAYS, f"{c}: report {rd} too long after deadline {d}")
            check(isinstance(r["percent"], int) and not isinstance(r["percent"], bool) and 0 <= r["percent"] <= 100,
                  f"{c}: percent {r['percent']}")
            check(isinstance(r["narrative"], str) and len(r["narrative"].strip()) >= 8, f"{c}: narrative")
            check(r["state"] in ("Submitted", "Reviewed", "Accepted", "Returned"), f"{c}: state {r['state']}")
            state_count[r["state"]] += 1
            if r["state"] == "Returned":
                check(isinstance(r["returnReason"], str) and r["returnReason"].strip(), f"{c}: returned report without reason")
            else:
                check(r["returnReason"] is None, f"{c}: returnReason on a {r['state']} report")
            check(prev_date is None or key(rd) > key(prev_date), f"{c}: report dates must be strictly increasing")
            prev_date = rd
            if r["state"] == "Accepted":
                if acc_prev is not None and r["percent"] < acc_prev:
                    downward.append(c)
                acc_prev = r["percent"]
        if t["source"] == "AnnualList" and key(s) >= key("12-01"):
            check(not reps, f"{c}: a task starting {s} cannot have reports yet")

    sources = Counter(t["source"] for t in tasks)
    cats = Counter(t["category"] for t in tasks)
    check(all(cats[k] > 0 for k in prefix), f"categories {dict(cats)}")
    check(sources["AnnualList"] > len(tasks) / 2, "most tasks should come from the annual list")
    for s_ in ("LeaderInstruction", "Hotline12345", "InspectionFinding"):
        check(sources[s_] >= 12, f"only {sources[s_]} {s_} tasks")
    check(0.25 <= with_ms / len(tasks) <= 0.42, f"{with_ms} of {len(tasks)} tasks have milestones (about a third expected)")
    check(ms_partial > 0 and ms_partial < with_ms, "milestone shares should sometimes sum to less than 1 and sometimes to 1")
    check(2 <= len(set(downward)) <= 3, f"downward corrections in {sorted(set(downward))} (2–3 tasks expected)")
    for st in ("Accepted", "Submitted", "Reviewed", "Returned"):
        check(state_count[st] > 0, f"no {st} report")
    check(state_count["Accepted"] > 0.75 * sum(state_count.values()), "reports should mostly be accepted")
    for u in units:
        if u["code"] == "DCS":
            check(lead_count[u["code"]] == 0, "DCS leads tasks")
        else:
            check(lead_count[u["code"]] >= 1, f"unit {u['code']} leads no task")
    leads3 = sum(1 for u in units if lead_count[u["code"]] >= 3)
    check(leads3 >= 30, f"only {leads3} units lead 3+ tasks")

    # the status rules need valid dates everywhere; stop here if some are not
    if any(not valid_mmdd(v) for t in tasks for v in
           [t["start"], t["deadline"]] + [m["due"] for m in t["milestones"]] + [r["date"] for r in t["reports"]]):
        return report_failures()

    # statuses on 11-25
    by_task = {t["code"]: t for t in tasks}
    per_year = {}
    for y in YEARS:
        per_year[y] = {t["code"]: task_status(t, EVAL, y) for t in tasks}
    diff = [c for c in codes if per_year[2026][c] != per_year[2028][c]]
    check(not diff, f"statuses differ between 2026 and 2028 for {diff}")
    counts = {y: Counter(per_year[y].values()) for y in YEARS}
    for y in YEARS:
        for st in STATUSES:
            check(counts[y][st] >= 5, f"{y}: only {counts[y][st]} {st}")
            lo, hi = SPREAD[st]
            share = counts[y][st] / len(tasks)
            check(lo <= share <= hi, f"{y}: {st} is {share:.1%} of tasks, outside {lo:.0%}–{hi:.0%}")
    # no task sits right on a threshold (A − X keeps a point of distance from +0.10 and −0.05)
    for y in YEARS:
        for c, st in per_year[y].items():
            if st in ("Ahead", "Lagging", "OnSchedule"):
                gap = a_actual(by_task[c], EVAL, y) - x_expected(by_task[c], EVAL, y)
                check(abs(gap - Fraction(10, 100)) >= Fraction(1, 100) and abs(gap + Fraction(5, 100)) >= Fraction(1, 100),
                      f"{c}: A − X = {float(gap):.4f} on {y}-{EVAL} is within a point of a threshold")
    for c, st in per_year[2026].items():
        t = by_task[c]
        if st == "NotStarted":
            check(key("12-01") <= key(t["start"]) <= key("12-15") and t["deadline"] == "12-31",
                  f"{c}: not-started tasks should start 12-01..12-15 and end 12-31")

    # notices
    notices = data["notices"]
    check(20 <= len(notices) <= 30, f"{len(notices)} notices (20–30 expected)")
    steps = Counter()
    resolved = 0
    on_lead = 0
    dkeys = ("issued", "fixDeadline", "yellow", "yellowFixDeadline", "red", "redFixDeadline", "resolved")
    for i, n in enumerate(notices):
        at = f"notice {i} ({n.get('task')})"
        check(set(n) == {"task", "unit", "reason"} | set(dkeys), f"{at}: keys {sorted(n)}")
        t = by_task.get(n["task"])
        if not check(t is not None, f"{at}: unknown task"):
            continue
        check(n["unit"] in by_code, f"{at}: unknown unit {n['unit']}")
        on_lead += n["unit"] == t["lead"]
        check(isinstance(n["reason"], str) and n["reason"].strip(), f"{at}: reason")
        for k in dkeys:
            v = n[k]
            if v is not None:
                check(valid_mmdd(v) and key(v) <= key(LAST), f"{at}: {k} {v} invalid or after {LAST}")
        if not all(n[k] is None or valid_mmdd(n[k]) for k in dkeys):
            continue
        check(n["issued"] is not None and n["fixDeadline"] is not None, f"{at}: issued/fixDeadline missing")
        check(key(n["issued"]) >= key(t["start"]), f"{at}: issued before the task's start")
        check(key(n["fixDeadline"]) >= key(n["issued"]), f"{at}: fixDeadline before issued")
        last = n["issued"]
        step = "step1"
        if n["yellow"] is not None:
            step = "yellow"
            check(n["yellowFixDeadline"] is not None, f"{at}: yellowFixDeadline missing")
            check(key(n["yellow"]) > key(n["fixDeadline"]), f"{at}: yellow not after fixDeadline")
            check(n["yellowFixDeadline"] is None or key(n["yellowFixDeadline"]) >= key(n["yellow"]), f"{at}: yellowFixDeadline before yellow")
            last = n["yellow"]
        else:
            check(n["yellowFixDeadline"] is None and n["red"] is None and n["redFixDeadline"] is None,
                  f"{at}: later steps without a yellow warning")
        if n["red"] is not None:
            step = "red"
            check(n["redFixDeadline"] is not None, f"{at}: redFixDeadline missing")
            check(n["yellowFixDeadline"] is not None and key(n["red"]) > key(n["yellowFixDeadline"]), f"{at}: red not after yellowFixDeadline")
            check(n["redFixDeadline"] is None or key(n["redFixDeadline"]) >= key(n["red"]), f"{at}: redFixDeadline before red")
            last = n["red"]
        else:
            check(n["redFixDeadline"] is None, f"{at}: redFixDeadline without red")
        steps[step] += 1
        if n["resolved"] is not None:
            resolved += 1
            check(key(n["resolved"]) >= key(last), f"{at}: resolved before its last step")
        # a notice targets a task that is behind: lagging or overdue when issued (and at each escalation)
        for k in ("issued", "yellow", "red"):
            if n[k] is not None:
                for y in YEARS:
                    st = task_status(t, n[k], y)
                    check(st in ("Lagging", "Overdue"), f"{at}: task is {st} on {k} {n[k]} ({y})")
        if n["resolved"] is None:
            check(per_year[2026][t["code"]] in ("Lagging", "Overdue"), f"{at}: open notice on a task that is {per_year[2026][t['code']]}")
    check(len({n["task"] for n in notices}) == len(notices), "one notice per task expected")
    check(on_lead >= 0.8 * len(notices), "notices should normally target the lead unit")
    check(steps["step1"] >= 5, f"only {steps['step1']} notices at step 1")
    check(steps["yellow"] + steps["red"] >= 5, "several notices should be escalated to yellow")
    check(2 <= steps["red"] <= 4, f"{steps['red']} red cards (2–4 expected)")
    check(0 < resolved < len(notices) / 2, f"{resolved} resolved notices (some, but most open)")

    # report
    print(f"file: {path} ({size} bytes)")
    print(f"units: {len(units)} {dict(kinds)}; units leading 3+ tasks: {leads3}")
    print(f"tasks: {len(tasks)}; by category {dict(cats)}; by source {dict(sources)}")
    print(f"milestones: {ms_total} on {with_ms} tasks ({with_ms / len(tasks):.0%}); shares < 1 on {ms_partial}")
    print(f"reports: {sum(state_count.values())} {dict(state_count)}; downward corrections in {sorted(set(downward))}")
    print(f"notices: {len(notices)}; by highest step {dict(steps)}; resolved {resolved}, open {len(notices) - resolved}")
    for y in YEARS:
        print(f"statuses on {y}-{EVAL}: " + ", ".join(f"{st} {counts[y][st]}" for st in STATUSES))
    return report_failures()


def report_failures():
    if failures:
        print(f"\nFAILED: {len(failures)} check(s)")
        for f_ in failures[:80]:
            print("  - " + f_)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
