#!/usr/bin/env bash
# Cluster proof: two Seedbed instances on one fresh PostgreSQL database, each with its own data and
# index directory, behind Caddy running docker/Caddyfile (only its addresses replaced). Then:
#   1. a held edit: one transaction holds a listing edit open for 20 s while 400 other edits commit
#      through the proxy; it must be searchable on both instances within 2 s of its commit;
#   2. a mixed load through the proxy (listing edits with a unique word each, sign-ups with
#      sign-ins, Digital Candle bookings due soon so that reminders fire and holds lapse, searches)
#      with kill -9 of instance 1 and a restart, later kill -9 of instance 2 and a restart, then a
#      quiet period;
#   3. checks (PASS/FAIL each) and measures: time to searchable on the other instance, catch-up of a
#      restarted instance, search throughput through the proxy with two instances against one, and
#      each instance's resident memory.
# Needs a built WAR (./mvnw -B package -DskipTests), PostgreSQL on 127.0.0.1:5432 with trust
# authentication for user postgres, python3, and apt-get for caddy and wrk when missing.
# Usage: bash src/bench/cluster.sh [load-seconds=170] [quiet-seconds=60]
# Exit status: 0 when every check passed, 1 otherwise. Everything it wrote stays in
# target/cluster-run (instance logs, mail, request logs) for a look after a failure.
set -euo pipefail
script=$(realpath "$0")
cd "$(dirname "$script")/../.."
root=$(pwd)
duration=${1:-170}
quiet=${2:-60}
proxy_port=18080
ports=(0 18081 18082)
db=seedbed_cluster
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres PGOPTIONS="-c client_min_messages=warning"
started=$(date +%s)

[ -f target/seedbed.war ] && [ -f target/payara-micro.jar ] || {
  echo "build first: ./mvnw -B package -DskipTests"
  exit 1
}
need=()
command -v caddy >/dev/null 2>&1 || need+=(caddy)
command -v wrk >/dev/null 2>&1 || need+=(wrk)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "installing ${need[*]} from the distribution's packages"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

work=$root/target/cluster-run
rm -rf "$work"
mkdir -p "$work"
export CLUSTER_WORK=$work
export SEEDBED_ADMIN_TOKEN=cluster-admin-token-$RANDOM$RANDOM$RANDOM
pids=(0 "" "")
caddy_pid=""
load_pid=""

cleanup() {
  set +e
  [ -n "$load_pid" ] && kill "$load_pid" 2>/dev/null
  for i in 1 2; do
    [ -n "${pids[$i]}" ] && kill "${pids[$i]}" 2>/dev/null
  done
  [ -n "$caddy_pid" ] && kill "$caddy_pid" 2>/dev/null
  for i in 1 2; do
    [ -n "${pids[$i]}" ] && wait "${pids[$i]}" 2>/dev/null
  done
  [ -n "$caddy_pid" ] && wait "$caddy_pid" 2>/dev/null
}
trap cleanup EXIT

now() { date +%s.%N; }
event() { echo "$(now) $*" >>"$work/events"; }
say() { printf '[%4ds] %s\n' $(($(date +%s) - started)) "$*"; }

# --- PostgreSQL: a database of our own, always fresh ---------------------------------------------
psql -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" \
  -c "CREATE DATABASE $db" >/dev/null
export CLUSTER_DB=$db

# --- the two instances ---------------------------------------------------------------------------
start_instance() {
  local i=$1
  mkdir -p "$work/data-$i"
  # Rate limits keep their defaults: each simulated person connects from an address of its own.
  # Holds, reminders and the outbox run on short periods so that they happen within the run;
  # password hashing is cheaper so that sign-ups do not eat the two cores the instances share.
  env SEEDBED_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db?reWriteBatchedInserts=true" SEEDBED_DB_USER=postgres \
    SEEDBED_DB_PASSWORD=postgres \
    SEEDBED_WEB_TRUST_FORWARDED_FOR=true \
    SEEDBED_WEB_BASE_URL="http://127.0.0.1:$proxy_port" \
    SEEDBED_DEMO_CONTENT=false \
    SEEDBED_ACCOUNTS_PASSWORD_ITERATIONS=2000 \
    SEEDBED_CANDLE_HOLD=PT40S \
    SEEDBED_CANDLE_POLL_INTERVAL=PT2S \
    SEEDBED_CANDLE_REMINDER_BEFORE=PT48H \
    SEEDBED_MAIL_POLL_INTERVAL=PT1S \
    MALLOC_ARENA_MAX=2 \
    java @src/main/payara/jvm.options ${CLUSTER_JAVA_OPTIONS:-} -Dseedbed.data.dir="$work/data-$i" -Dseedbed.search.index-dir="$work/index-$i" \
    -jar target/payara-micro.jar --deploy target/seedbed.war --nohazelcast --port "${ports[$i]}" \
    >>"$work/instance-$i.log" 2>&1 &
  pids[$i]=$!
  event start "$i"
}

wait_ready() {
  local i=$1 limit=$((SECONDS + 240))
  until curl -fs -o /dev/null "http://127.0.0.1:${ports[$i]}/health/ready"; do
    kill -0 "${pids[$i]}" 2>/dev/null || { echo "instance $i exited; see $work/instance-$i.log"; exit 1; }
    [ $SECONDS -lt $limit ] || { echo "instance $i not ready in 240 s; see $work/instance-$i.log"; exit 1; }
    sleep 0.2
  done
  event ready "$i"
}

say "starting two instances on database $db (both at once, as compose would)"
start_instance 1
start_instance 2
t0=$(now)
wait_ready 1
wait_ready 2
say "both ready in $(python3 -c "print(f'{$(now) - $t0:.1f}')") s"

# --- the proxy: docker/Caddyfile itself, only the addresses replaced ----------------------------
sed -e "s/^:80 {/:$proxy_port {/" \
  -e "s/seedbed-1:8080/127.0.0.1:${ports[1]}/" \
  -e "s/seedbed-2:8080/127.0.0.1:${ports[2]}/" docker/Caddyfile >"$work/Caddyfile"
if [ "$(diff docker/Caddyfile "$work/Caddyfile" | grep -c '^<')" -ne 2 ]; then
  echo "the proxy configuration differs from docker/Caddyfile in more than its addresses"
  exit 1
fi
export XDG_DATA_HOME=$work/caddy-data XDG_CONFIG_HOME=$work/caddy-config
caddy validate --adapter caddyfile --config "$work/Caddyfile" >"$work/caddy-validate.log" 2>&1 || {
  cat "$work/caddy-validate.log"
  exit 1
}
caddy run --adapter caddyfile --config "$work/Caddyfile" >"$work/caddy.log" 2>&1 &
caddy_pid=$!
until curl -fs -o /dev/null "http://127.0.0.1:$proxy_port/health/ready"; do
  kill -0 "$caddy_pid" 2>/dev/null || { cat "$work/caddy.log"; exit 1; }
  sleep 0.2
done
say "Caddy $(caddy version | cut -d' ' -f1) on :$proxy_port, docker/Caddyfile validated by caddy validate"

export CLUSTER_PROXY=http://127.0.0.1:$proxy_port
export CLUSTER_I1=http://127.0.0.1:${ports[1]} CLUSTER_I2=http://127.0.0.1:${ports[2]}
# The load, the probes and the checks are in Python, at the end of this file after "exit".
sed -n "/^: <<'PY'\$/,/^PY\$/p" "$script" | sed '1d;$d' >"$work/cluster.py"
py() { python3 "$work/cluster.py" "$@"; }

# --- set-up and the held edit --------------------------------------------------------------------
py setup
say "held edit: one transaction holds an edit 20 s while 400 others commit through the proxy"
py held

# --- mixed load with a kill -9 of each instance in turn ------------------------------------------
kill_and_restart() {
  local i=$1 other=$((3 - $1))
  py session-before "$i"
  event kill "$i"
  kill -9 "${pids[$i]}"
  wait "${pids[$i]}" 2>/dev/null || true
  say "kill -9 instance $i"
  sleep 1
  py session-after "$i" "$other"
  start_instance "$i"
  wait_ready "$i"
  say "instance $i ready again"
  py catchup "$i"
  py session-after "$i" "$i"
}

say "mixed load through the proxy for ${duration} s, kills at about 15% and 55%"
load_start=$(date +%s)
# The machine's CPU time every 2 s, to tell a slow probe from a busy machine.
(while sleep 2; do echo "$(date +%s) $(head -1 /proc/stat)"; done >"$work/cpu") &
cpu_pid=$!
python3 "$work/cluster.py" load &
load_pid=$!
sleep $((duration * 15 / 100))
kill_and_restart 1
next=$((load_start + duration * 55 / 100))
[ "$(date +%s)" -lt "$next" ] && sleep $((next - $(date +%s)))
sleep 10   # the restarted instance serves a while before the other one goes
kill_and_restart 2
end=$((load_start + duration))
if [ "$(date +%s)" -lt "$end" ]; then sleep $((end - $(date +%s))); fi
touch "$work/stop-load"
event quiet start
# Keep the run under about 7 minutes: the quiet period is shortened if the run is already long.
left=$((430 - ($(date +%s) - started) - 60))
q=$quiet
if [ "$left" -lt "$q" ]; then q=$((left > 20 ? left : 20)); fi
say "load stopped; quiet period of $q s (asked for $quiet)"
sleep "$q"
touch "$work/stop-watch"
wait "$load_pid"
load_pid=""
kill $cpu_pid 2>/dev/null || true

# --- checks and measures -------------------------------------------------------------------------
py limits
for i in 1 2; do
  awk '/VmRSS/ {print int($2/1024)}' "/proc/${pids[$i]}/status" >"$work/rss-$i"
done
py check || true

# Search throughput through the proxy: two instances, then one (instance 2 stopped gracefully and
# left out by the proxy's health check).
cat >"$work/search.lua" <<'LUA'
local words = {"co-op", "worker", "housing", "energy", "software", "bakery", "credit", "union",
  "farm", "cleaning", "design", "care", "community", "platform", "london", "cluster", "media",
  "bicycle", "food", "data", "tech", "training", "legal", "members", "solar", "childcare"}
math.randomseed(42)
request = function()
  -- Three words of 26: far more combinations than the result cache keeps, so most searches
  -- are searched, not remembered.
  local q = words[math.random(#words)] .. "+" .. words[math.random(#words)] .. "+"
    .. words[math.random(#words)]
  return wrk.format("GET", "/api/search?q=" .. q .. "&page=" .. math.random(3))
end
LUA
rps() { awk '/Requests\/sec/ {printf "%.0f", $2}'; }
codes() { awk '/Non-2xx/ {print $NF}'; }
wrk -t2 -c16 -d5s -s "$work/search.lua" "$CLUSTER_PROXY" >/dev/null
wrk -t2 -c16 -d15s -s "$work/search.lua" "$CLUSTER_PROXY" >"$work/wrk-2.txt"
kill "${pids[2]}"
wait "${pids[2]}" 2>/dev/null || true
pids[2]=""
sleep 3   # the active health check (every 2 s) leaves the stopped instance out
wrk -t2 -c16 -d5s -s "$work/search.lua" "$CLUSTER_PROXY" >/dev/null
wrk -t2 -c16 -d15s -s "$work/search.lua" "$CLUSTER_PROXY" >"$work/wrk-1.txt"
two=$(rps <"$work/wrk-2.txt"); one=$(rps <"$work/wrk-1.txt")
echo
echo "== Search throughput through the proxy (16 connections, 15 s each, varied queries) =="
echo "two instances: $two req/s$(grep -q Non-2xx "$work/wrk-2.txt" && echo ", non-2xx $(codes <"$work/wrk-2.txt")")"
echo "one instance:  $one req/s$(grep -q Non-2xx "$work/wrk-1.txt" && echo ", non-2xx $(codes <"$work/wrk-1.txt")")"
python3 -c "print(f'ratio two/one: {$two / max($one, 1):.2f} (2 cores shared by both instances, Caddy and wrk)')"
echo "resident memory after the load: instance 1 $(cat "$work/rss-1") MiB, instance 2 $(cat "$work/rss-2") MiB"
echo "whole run: $(($(date +%s) - started)) s"
echo
cat "$work/verdict"
grep -q '^ALL PASS' "$work/verdict" && exit 0
exit 1

# === cluster.py ===
: <<'PY'
"""The load, the probes and the checks of src/bench/cluster.sh (written out and run by it)."""
import hashlib
import hmac
import http.client
import json
import os
import random
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from email import message_from_binary_file, policy

WORK = os.environ["CLUSTER_WORK"]
PROXY = os.environ["CLUSTER_PROXY"]
INST = {1: os.environ["CLUSTER_I1"], 2: os.environ["CLUSTER_I2"]}
TOKEN = os.environ["SEEDBED_ADMIN_TOKEN"]
DB = os.environ["CLUSTER_DB"]
PASSWORD = "correct horse battery staple"
ADMIN = {"Authorization": "Bearer " + TOKEN}
rng = random.Random(13)
LOCK = threading.Lock()

# The proxy's sticky cookie names the instance that answered: Caddy's cookie policy writes the
# HMAC-SHA256 (empty secret) of the upstream's dial address.
STICKY = "seedbed_instance"
HASH_TO_INSTANCE = {
    hmac.new(b"", urllib.parse.urlsplit(url).netloc.encode(), hashlib.sha256).hexdigest(): i
    for i, url in INST.items()
}


def sql(query):
    out = subprocess.run(
        ["psql", "-X", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-d", DB, "-c", query],
        check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def request(base, method, path, body=None, headers=None, cookies=None, timeout=15, source=None):
    """(status, json-or-text, set-cookies dict); status 0 when the connection failed. A person
    connects from an address of their own (all of 127/8 is this machine), so that the proxy
    tells each instance a different client address, as it would for people on the internet."""
    u = urllib.parse.urlsplit(base)
    h = dict(headers or {})
    data = None
    if body is not None:
        if isinstance(body, (dict, list)):
            data = json.dumps(body).encode()
            h.setdefault("Content-Type", "application/json")
        else:
            data = body.encode() if isinstance(body, str) else body
    if cookies:
        h["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    try:
        c = http.client.HTTPConnection(u.hostname, u.port, timeout=timeout,
                                       source_address=(source, 0) if source else None)
        c.request(method, path, body=data, headers=h)
        r = c.getresponse()
        raw = r.read()
        set_cookies = {}
        for name, value in r.getheaders():
            if name.lower() == "set-cookie":
                k, _, rest = value.partition("=")
                set_cookies[k.strip()] = rest.split(";")[0]
        c.close()
    except (OSError, http.client.HTTPException) as e:
        return 0, str(e), {}
    try:
        parsed = json.loads(raw) if raw else None
    except ValueError:
        parsed = raw.decode(errors="replace")
    return r.status, parsed, set_cookies


def served_by(set_cookies, cookies=None):
    value = set_cookies.get(STICKY) or (cookies or {}).get(STICKY)
    return HASH_TO_INSTANCE.get(value, 0)


class Log:
    """Every request of the load: time, kind, status, instance (0: unknown)."""

    def __init__(self, name):
        self.f = open(os.path.join(WORK, name), "a", buffering=1)

    def write(self, *fields):
        with LOCK:
            self.f.write("\t".join(str(x) for x in fields) + "\n")


def address(group, k):
    return f"127.{group}.{k // 250 % 250}.{k % 250 + 1}"


def word():
    return "zq" + "".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(9))


def listing_body(n, description):
    return {
        "name": f"Cluster Test Cooperative {n:03d}",
        "kind": "worker",
        "description": description,
        "website": f"https://cluster-{n:03d}.example.org",
        "city": "Leeds",
        "country": "GB",
        "sectors": ["Technology and digital services"],
        "services": ["testing"],
        "languages": ["en"],
        "hiring": False,
        "acceptingMembers": True,
        "remote": True,
        "externalId": f"cluster:{n:03d}",
        "source": "cluster.sh",
    }


BASE_DESCRIPTION = "A worker co-operative that exists to be edited by the cluster test. Words:"


def listings():
    rows = sql("select external_id, id, slug from organisation where external_id like 'cluster:%'"
               " order by external_id")
    return [(int(e.split(":")[1]), int(i), s) for e, i, s in rows]


# ---------------------------------------------------------------------------------------------
def setup():
    lines = "\n".join(json.dumps(listing_body(n, BASE_DESCRIPTION)) for n in range(1, 61))
    st, body, _ = request(PROXY, "POST", "/api/admin/organisations/import", lines,
                          {**ADMIN, "Content-Type": "application/x-ndjson"}, timeout=120)
    # The import is a job: 202 with its address, then the job is asked until it has finished
    # (through the proxy, so either instance answers for the one that runs it).
    assert st == 202, (st, body)
    deadline = time.monotonic() + 120
    while body["state"] in ("queued", "running") and time.monotonic() < deadline:
        time.sleep(0.2)
        st, body, _ = request(PROXY, "GET", body["url"], None, ADMIN)
        assert st == 200, (st, body)
    assert body["state"] == "done" and body["created"] == 60, body
    # Volunteers: accounts signed up through the proxy, the address marked verified in the
    # database (the verification mail is not what this test is about), the role granted by staff.
    vols = []
    for v in range(1, 7):
        email = f"volunteer{v}@cluster.example.org"
        st, body, _ = request(PROXY, "POST", "/api/accounts",
                              {"email": email, "password": PASSWORD}, source=address(4, v))
        assert st == 202, (st, body)
        sql(f"update account set email_verified_at = now() where email = '{email}'")
        st, body, _ = request(PROXY, "PUT", f"/api/admin/accounts/{email}/roles/volunteer", "",
                              ADMIN)
        assert st == 200, (st, body)
        st, body, cookies = request(PROXY, "POST", "/api/session",
                                    {"email": email, "password": PASSWORD},
                                    source=address(4, v))
        assert st == 200, (st, body)
        profile = {
            "name": f"Cluster Volunteer {v}", "bio": "Talks about running a co-op.",
            "topics": ["governance"], "languages": ["en"], "timeZone": "UTC",
            "weeklyHours": "Daily 00:00-23:59", "callMinutes": 30, "bufferMinutes": 0,
            "noticeHours": 1, "horizonDays": 2, "maxPerWeek": 40,
        }
        st, body, _ = request(PROXY, "PUT", "/api/candle/me", profile, cookies=cookies)
        assert st == 200, (st, body)
        vols.append(body["slug"])
    with open(os.path.join(WORK, "volunteers"), "w") as f:
        f.write("\n".join(vols) + "\n")
    print(f"set-up: 60 listings imported, {len(vols)} volunteers with free slots every 30 min")


def searchable(base, w, slug):
    """Whether a search on one instance finds the word on that listing: the hit must be the
    listing itself with the word itself marked (a fuzzy match marks another word)."""
    st, body, _ = request(base, "GET", f"/api/search?q={w}&size=5", timeout=5)
    if st != 200 or not isinstance(body, dict):
        return None if st == 0 else False
    return any(h.get("type") == "organisation" and h.get("id") == slug
               and f"<mark>{w}</mark>" in (h.get("snippet") or "")
               for h in body.get("hits", []))


def edit(n, slug, words, log, kind):
    body = listing_body(n, BASE_DESCRIPTION + " " + " ".join(words))
    st, _, sc = request(PROXY, "PUT", f"/api/organisations/{slug}", body, ADMIN)
    t = time.time()
    inst = served_by(sc)
    log.write(t, kind, st, inst)
    return st, t, inst


# ---------------------------------------------------------------------------------------------
def held():
    rows = listings()
    held_n, held_id, held_slug = rows[0]
    others = rows[1:31]
    held_word = word()
    script = (
        "BEGIN;"
        f" UPDATE organisation SET description = description || ' {held_word}',"
        f" updated_at = now(), version = version + 1 WHERE id = {held_id};"
        # The entry exactly as ChangeLog.record writes it; xid takes its default,
        # pg_current_xact_id() of this transaction.
        " INSERT INTO search_change (seq, type, doc_id, changed_at)"
        f" VALUES (nextval('search_change_seq'), 'organisation', '{held_id}', now());"
        " SELECT pg_sleep(20);"
        " COMMIT;"
        " SELECT extract(epoch from clock_timestamp());")
    holder = subprocess.Popen(["psql", "-X", "-A", "-t", "-q", "-d", DB],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    holder.stdin.write(script + "\n")
    holder.stdin.close()
    # Wait until the transaction sleeps: its change-log entry is written and its id taken.
    for _ in range(100):
        if sql("select count(*) from pg_stat_activity where query like '%pg_sleep(20)%'"
               " and state = 'active' and pid <> pg_backend_pid()")[0][0] != "0":
            break
        time.sleep(0.05)
    else:
        raise SystemExit("the held transaction did not start")
    log = Log("edits")
    requests_log = Log("requests")
    words = {n: [] for n, _, _ in others}
    done = []
    failures = []
    t_start = time.time()

    def editor(part):
        for k in range(100):
            n, oid, slug = part[k % len(part)]
            w = word()
            with LOCK:
                words[n].append(w)
                mine = list(words[n])
            st, t, inst = edit(n, slug, mine, requests_log, "held-phase-edit")
            if st == 200:
                log.write(t, w, n, slug, inst)
                done.append(t)
            else:
                failures.append(st)

    # Four editors, each on its own listings (an edit carries all words so far).
    threads = [threading.Thread(target=editor, args=(others[j::4],)) for j in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    t_edits = time.time()
    out = holder.stdout.read().strip().splitlines()
    holder.wait()
    committed = float(out[-1])
    ok_before = len(done) == 400 and max(done) < committed
    seen = {}
    deadline = committed + 15
    while time.time() < deadline and len(seen) < 2:
        for i in (1, 2):
            if i not in seen and searchable(INST[i], held_word, held_slug):
                seen[i] = time.time() - committed
        time.sleep(0.05)
    state = {"word": held_word, "id": held_id, "slug": held_slug, "n": held_n, "committed": committed,
             "seen": seen, "edits": len(done), "failures": failures,
             "edits_seconds": t_edits - t_start, "all_before_commit": ok_before}
    with open(os.path.join(WORK, "held.json"), "w") as f:
        json.dump(state, f)
    with open(os.path.join(WORK, "words.json"), "w") as f:
        json.dump({str(k): v for k, v in words.items()}, f)
    print(f"held edit: {len(done)} other edits committed in {t_edits - t_start:.1f} s"
          f" ({'all' if ok_before else 'NOT all'} before the held commit); held edit searchable"
          + "".join(f" on instance {i} after {seen[i]:.2f} s" if i in seen
                    else f" NOT on instance {i} within 15 s" for i in (1, 2)))


# ---------------------------------------------------------------------------------------------
def load():
    """Runs until stop-load; the watcher until stop-watch. Threads share the logs."""
    load_began = time.time()
    rows = listings()
    with open(os.path.join(WORK, "held.json")) as f:
        held_n = json.load(f)["n"]
    with open(os.path.join(WORK, "words.json")) as f:
        words = {int(k): v for k, v in json.load(f).items()}
    mine = [r for r in rows if r[0] != held_n]
    for n, _, _ in mine:
        words.setdefault(n, [])
    vols = open(os.path.join(WORK, "volunteers")).read().split()
    req = Log("requests")
    edits_log = Log("edits")
    bookings_log = Log("bookings")
    races_log = Log("races")
    stop = lambda: os.path.exists(os.path.join(WORK, "stop-load"))
    stop_watch = lambda: os.path.exists(os.path.join(WORK, "stop-watch"))
    pending = []  # (word, org id, t commit, instance that served)
    seen_log = Log("seen")
    rounds_log = Log("rounds")

    def editor(part, seed):
        r = random.Random(seed)
        while not stop():
            n, oid, slug = r.choice(part)
            w = word()
            with LOCK:
                trial = words[n] + [w]
            st, t, inst = edit(n, slug, trial, req, "edit")
            if st == 200:
                with LOCK:
                    words[n] = trial
                    pending.append((w, slug, t, inst))
                edits_log.write(t, w, n, slug, inst)
            time.sleep(0.15)

    def signups():
        k = 0
        while not stop():
            k += 1
            email = f"person{k}-{os.getpid()}@cluster.example.org"
            me = address(1, k)
            st, _, sc = request(PROXY, "POST", "/api/accounts",
                                {"email": email, "password": PASSWORD}, source=me)
            req.write(time.time(), "sign-up", st, served_by(sc))
            if st == 202:
                st, _, sc = request(PROXY, "POST", "/api/session",
                                    {"email": email, "password": PASSWORD}, source=me)
                req.write(time.time(), "sign-in", st, served_by(sc))
                if st == 200:
                    st, body, sc2 = request(PROXY, "GET", "/api/me", cookies=sc, source=me)
                    req.write(time.time(), "me", st, served_by(sc2, sc))
            time.sleep(0.5)

    def bookings():
        k = 0
        r = random.Random(7)
        while not stop():
            k += 1
            v = vols[k % len(vols)]
            st, slots, sc = request(PROXY, "GET", f"/api/candle/slots?volunteer={v}&tz=UTC")
            req.write(time.time(), "slots", st, served_by(sc))
            if st == 200 and slots:
                # The first few free slots: several bookers reach for the same ones.
                start = r.choice(slots[:4])["start"]
                email = f"booker{k}-{os.getpid()}@cluster.example.org"
                st, body, sc = request(PROXY, "POST", "/api/candle/bookings", {
                    "volunteer": v, "start": start, "timeZone": "Europe/London",
                    "name": f"Booker {k}", "email": email,
                    "about": "We would like to talk about becoming a co-op."},
                    source=address(2, k))
                req.write(time.time(), "book", st, served_by(sc))
                bookings_log.write(time.time(), email, st, start, v)
            time.sleep(0.7)

    def confirmer():
        """Confirms every other held booking from the link in its mail, the rest lapse."""
        done_files = set()
        while not stop():
            for i in (1, 2):
                d = os.path.join(WORK, f"data-{i}", "mail")
                if not os.path.isdir(d):
                    continue
                for name in os.listdir(d):
                    if not name.endswith(".eml") or name in done_files:
                        continue
                    done_files.add(name)
                    try:
                        with open(os.path.join(d, name), "rb") as f:
                            m = message_from_binary_file(f, policy=policy.default)
                    except OSError:
                        continue
                    if "Confirm your Digital Candle call" not in str(m["subject"]):
                        continue
                    to = str(m["to"])
                    k = re.search(r"booker(\d+)-", to)
                    if not k or int(k.group(1)) % 2:
                        continue
                    text = m.get_body(preferencelist=("plain",)).get_content()
                    t = re.search(r"/candle/bookings/([A-Za-z0-9_-]{16,})", text)
                    if t:
                        st, _, sc = request(PROXY, "POST",
                                            f"/api/candle/bookings/{t.group(1)}/confirm", "",
                                            source=address(2, int(k.group(1))))
                        req.write(time.time(), "confirm", st, served_by(sc))
            time.sleep(1)

    def racer():
        """Every 8 s six people book the same slot at the same moment through the proxy, which
        spreads them over both instances: one may win, the others must be refused."""
        r = random.Random(11)
        k = 0
        while not stop():
            time.sleep(8)
            v = r.choice(vols)
            st, slots, _ = request(PROXY, "GET", f"/api/candle/slots?volunteer={v}&tz=UTC")
            if st != 200 or not slots:
                continue
            start = slots[-1]["start"]  # far from the slots the other booker takes
            answers = []

            def one(j):
                email = f"racer{k}-{j}-{os.getpid()}@cluster.example.org"
                st, _, sc = request(PROXY, "POST", "/api/candle/bookings", {
                    "volunteer": v, "start": start, "timeZone": "UTC", "name": f"Racer {j}",
                    "email": email, "about": "All of us want this very hour."},
                    source=address(6, k * 6 + j))
                req.write(time.time(), "race-book", st, served_by(sc))
                answers.append((st, served_by(sc)))

            k += 1
            racers = [threading.Thread(target=one, args=(j,)) for j in range(6)]
            for t in racers:
                t.start()
            for t in racers:
                t.join()
            races_log.write(time.time(), v, start, json.dumps(answers))

    def searcher():
        r = random.Random(3)
        terms = ["co-op", "worker", "cluster", "housing", "software", "london", "energy", "leeds"]
        while not stop():
            st, _, sc = request(PROXY, "GET", f"/api/search?q={r.choice(terms)}&page={r.randint(1, 3)}")
            req.write(time.time(), "search", st, served_by(sc))
            st, _, sc = request(PROXY, "GET", "/api/organisations?page=1")
            req.write(time.time(), "browse", st, served_by(sc))
            time.sleep(0.3)

    inbox = {1: [], 2: []}
    unseen = []

    def dispatcher():
        """Hands each new word to both instances' watchers."""
        while not stop_watch():
            with LOCK:
                new = list(pending)
                pending.clear()
                for entry in new:
                    inbox[1].append(entry)
                    inbox[2].append(entry)
            time.sleep(0.02)

    def watcher(i):
        """Polls one instance directly for each new word: the time it becomes searchable there.
        One thread per instance, words of the last 10 s first in every round, so that a backlog
        (the words made while this instance was down) delays no measure of a fresh edit. An
        instance that is not ready is not asked."""
        left = {}  # word -> (slug, t commit, served)
        # Ready since the load began, unless seen otherwise: the editors start before this thread,
        # and their first words are fresh, not a backlog.
        ready_since = load_began
        while not stop_watch():
            with LOCK:
                for w, slug, t, inst in inbox[i]:
                    left[w] = (slug, t, inst)
                inbox[i].clear()
            st, _, _ = request(INST[i], "GET", "/health/ready", timeout=2)
            if st != 200:
                ready_since = None
                time.sleep(0.2)
                continue
            now = time.time()
            ready_since = ready_since or now
            # Fresh: made in the last 10 s while this instance was ready. The words made while it
            # was down are a backlog, asked for in what time is left.
            fresh = [w for w, (_, t, _) in left.items() if now - t < 10 and t >= ready_since]
            old = [w for w, (_, t, _) in left.items() if not (now - t < 10 and t >= ready_since)]
            budget = time.time() + 0.3
            round_start = time.time()
            asked = 0
            for k, w in enumerate(fresh + old):
                if k >= len(fresh) and time.time() > budget:
                    break
                slug, t, inst = left[w]
                asked += 1
                if searchable(INST[i], w, slug):
                    seen_log.write(w, i, time.time() - t, inst, t)
                    del left[w]
            rounds_log.write(i, round_start, time.time() - round_start, asked, len(fresh))
            time.sleep(0.05)
        with LOCK:
            unseen.extend([w, i, slug] for w, (slug, _, _) in left.items())

    threads = [threading.Thread(target=editor, args=(mine[j::2], j)) for j in range(2)]
    threads += [threading.Thread(target=f) for f in (signups, bookings, racer, confirmer, searcher)]
    for t in threads:
        t.start()
    watchers = [threading.Thread(target=dispatcher)]
    watchers += [threading.Thread(target=watcher, args=(i,)) for i in (1, 2)]
    for t in watchers:
        t.start()
    for t in threads:
        t.join()
    with open(os.path.join(WORK, "words.json"), "w") as f:
        json.dump({str(k): v for k, v in words.items()}, f)
    for t in watchers:
        t.join()
    with open(os.path.join(WORK, "unseen.json"), "w") as f:
        json.dump(unseen, f)


# ---------------------------------------------------------------------------------------------
def session_before(target):
    """Signs a person in through the proxy until the proxy has stuck them to the target."""
    for k in range(40):
        email = f"stays{target}-{k}@cluster.example.org"
        src = address(3, target * 50 + k)
        st, body, _ = request(PROXY, "POST", "/api/accounts",
                              {"email": email, "password": PASSWORD}, source=src)
        assert st == 202, (st, body)
        st, body, cookies = request(PROXY, "POST", "/api/session",
                                    {"email": email, "password": PASSWORD}, source=src)
        assert st == 200, (st, body)
        if served_by(cookies) == target:
            st, me, _ = request(PROXY, "GET", "/api/me", cookies=cookies, source=src)
            assert st == 200 and me["email"] == email, (st, me)
            with open(os.path.join(WORK, f"session-{target}.json"), "w") as f:
                json.dump({"email": email, "cookies": cookies}, f)
            return
    raise SystemExit(f"the proxy never placed a session on instance {target}")


def session_after(killed, direct):
    with open(os.path.join(WORK, f"session-{killed}.json")) as f:
        s = json.load(f)
    results = []
    st, me, sc = request(PROXY, "GET", "/api/me", cookies=s["cookies"])
    ok = st == 200 and me.get("email") == s["email"]
    results.append(("through the proxy", st, ok, served_by(sc, s["cookies"])))
    only_session = {k: v for k, v in s["cookies"].items() if k != STICKY}
    st, me, _ = request(INST[direct], "GET", "/api/me", cookies=only_session)
    ok2 = st == 200 and isinstance(me, dict) and me.get("email") == s["email"]
    results.append((f"directly on instance {direct}", st, ok2, direct))
    when = "after the kill" if direct != killed else "after the restart"
    with open(os.path.join(WORK, "sessions"), "a") as f:
        for how, st, ok, inst in results:
            line = (f"{'PASS' if ok else 'FAIL'} signed in on instance {killed} before its kill, "
                    f"still signed in {when}, {how} (HTTP {st}"
                    + (f", answered by instance {inst}" if inst else "") + ")")
            f.write(line + "\n")
            print("  " + line)


def catchup(i):
    """After a restart: how long after ready the instance finds the newest edit made before."""
    ready = float([l for l in open(os.path.join(WORK, "events")) if l.split()[1:] == ["ready", str(i)]][-1].split()[0])
    last = None
    for line in open(os.path.join(WORK, "edits")):
        t, w, n, oid, inst = line.split("\t")
        if float(t) <= ready:
            last = (float(t), w, oid)
    t, w, oid = last
    while not searchable(INST[i], w, oid):
        if time.time() - ready > 120:
            break
        time.sleep(0.05)
    took = time.time() - ready
    with open(os.path.join(WORK, "catchup"), "a") as f:
        f.write(f"{i}\t{took:.2f}\t{ready - t:.1f}\n")
    print(f"  instance {i} caught up {took:.2f} s after ready (the newest edit before ready,"
          f" {ready - t:.1f} s old, is searchable on it)")


def limits():
    """Sign-in limit of 10 in 5 minutes, shared: attempts alternate between the instances
    (directly, each naming the client address as the proxy would)."""
    out = []
    email = "limited@cluster.example.org"
    st, _, _ = request(PROXY, "POST", "/api/accounts", {"email": email, "password": PASSWORD},
                       source=address(5, 1))
    assert st == 202
    # Per account: every attempt from a different address.
    codes = []
    for k in range(12):
        st, _, _ = request(INST[1 + k % 2], "POST", "/api/session",
                           {"email": email, "password": "wrong password"},
                           {"X-Forwarded-For": f"10.66.{k}.1"})
        codes.append(st)
    ok = codes[:10] == [401] * 10 and codes[10] == 429 and codes[11] == 429
    out.append((ok, f"sign-in limit per account, attempts alternating between instances: {codes}"))
    # Per address: every attempt for a different account, from one address.
    codes = []
    for k in range(12):
        st, _, _ = request(INST[1 + k % 2], "POST", "/api/session",
                           {"email": f"nobody{k}@cluster.example.org", "password": "wrong"},
                           {"X-Forwarded-For": "10.77.0.1"})
        codes.append(st)
    ok2 = codes[:10] == [401] * 10 and codes[10] == 429 and codes[11] == 429
    out.append((ok2, f"sign-in limit per address, attempts alternating between instances: {codes}"))
    with open(os.path.join(WORK, "limits"), "w") as f:
        for ok, text in out:
            f.write(f"{'PASS' if ok else 'FAIL'} {text}\n")


# ---------------------------------------------------------------------------------------------
def pct(values, p):
    if not values:
        return float("nan")
    v = sorted(values)
    return v[min(len(v) - 1, int(round(p / 100 * (len(v) - 1))))]


def check():
    results = []

    def report(ok, text):
        results.append(ok)
        print(f"{'PASS' if ok else 'FAIL'} {text}")

    events = [l.split() for l in open(os.path.join(WORK, "events"))]
    kills = [(float(e[0]), int(e[2])) for e in events if e[1] == "kill"]
    readies = [(float(e[0]), int(e[2])) for e in events if e[1] == "ready"]
    print("\n== Held edit ==")
    h = json.load(open(os.path.join(WORK, "held.json")))
    report(h["all_before_commit"] and not h["failures"],
           f"400 edits committed through the proxy while the held transaction was open"
           f" ({h['edits']} in {h['edits_seconds']:.1f} s, failures {h['failures'] or 'none'})")
    for i in (1, 2):
        s = h["seen"].get(str(i))
        report(s is not None and s <= 2.0,
               f"held edit searchable on instance {i} within 2 s of its commit"
               + (f" ({s:.2f} s)" if s is not None else " (never, within 15 s)"))

    print("\n== Listing edits ==")
    edits = [l.rstrip("\n").split("\t") for l in open(os.path.join(WORK, "edits"))]
    seen = [l.rstrip("\n").split("\t") for l in open(os.path.join(WORK, "seen"))]
    unseen = json.load(open(os.path.join(WORK, "unseen.json")))
    # Every word ever written must be searchable on both instances now: asked afresh.
    missing = []
    edits.append([str(h["committed"]), h["word"], str(h["n"]), h["slug"], "0"])
    for t, w, n, oid, inst in edits:
        for i in (1, 2):
            if not searchable(INST[i], w, oid):
                missing.append((w, i))
    report(not missing, f"every edit's word searchable on both instances at the end"
           f" ({len(edits)} edits incl. the held phase; missing: {missing[:5] or 'none'}"
           + (f" and {len(missing) - 5} more" if len(missing) > 5 else "") + ")")
    # Time to searchable on the other instance, for edits made while both instances were up:
    # not from a second before a kill until 30 s after the killed instance is ready again (the
    # restarted instance warms up then; that period is measured on its own below).
    def both_up(t):
        for tk, i in kills:
            back = min([tr for tr, j in readies if j == i and tr > tk], default=1e18)
            if tk - 1 <= t <= back + 30:
                return False
        return True
    other = [float(d) for w, i, d, inst, t in seen if inst != "0" and int(i) != int(inst)
             and both_up(float(t))]
    same = [float(d) for w, i, d, inst, t in seen if inst != "0" and int(i) == int(inst)
            and both_up(float(t))]
    unknown = sum(1 for s in seen if s[3] == "0")
    p50, p99 = pct(other, 50), pct(other, 99)
    print(f"time to searchable on the other instance: p50 {p50:.2f} s, p99 {p99:.2f} s,"
          f" max {max(other or [float('nan')]):.2f} s over {len(other)} edits"
          f" (on the instance that served the edit: p50 {pct(same, 50):.2f} s,"
          f" p99 {pct(same, 99):.2f} s; {unknown} observations of an unknown instance left out)")
    report(len(other) >= 50 and p99 < 2.0, "p99 time to searchable on the other instance under 2 s")
    for tk, i in kills:
        back = min([tr for tr, j in readies if j == i and tr > tk], default=1e18)
        warm = [float(d) for w, j, d, inst, t in seen
                if int(j) == i and back <= float(t) <= back + 30]
        print(f"  edits made in the 30 s after instance {i} was ready again, searchable on it:"
              f" p50 {pct(warm, 50):.2f} s, p99 {pct(warm, 99):.2f} s, max"
              f" {max(warm or [float('nan')]):.2f} s over {len(warm)} edits")
    # What the figures above include: a probe asks for each waiting word in turn, so a word is
    # seen up to one round after it became searchable; and how busy the two cores were.
    rounds = [l.split() for l in open(os.path.join(WORK, "rounds"))]
    for i in (1, 2):
        mine = [float(d) for j, t, d, asked, _ in rounds if int(j) == i and both_up(float(t))]
        print(f"  probe rounds on instance {i}: p50 {pct(mine, 50):.2f} s, p99 {pct(mine, 99):.2f} s"
              f" over {len(mine)} rounds")
    busy, prev = [], None
    for line in open(os.path.join(WORK, "cpu")):
        f = line.split()
        ticks = [int(x) for x in f[2:10]]
        if prev:
            total = sum(ticks) - sum(prev)
            idle = ticks[3] + ticks[4] - prev[3] - prev[4]
            busy.append(100 * (1 - idle / total) if total else 0)
        prev = ticks
    print(f"  CPU busy during the load (both cores, every 2 s): p50 {pct(busy, 50):.0f}%")
    catch = [l.split() for l in open(os.path.join(WORK, "catchup"))]
    for i, took, age in catch:
        report(float(took) < 30, f"instance {i} caught up {took} s after it was ready (aim < 30 s)")

    print("\n== Index against database ==")
    db = {
        "organisation": int(sql("select count(*) from organisation where status = 'PUBLISHED'")[0][0]),
        "document": int(sql("select count(*) from legal_document where status = 'READY'")[0][0]),
        "guide": int(sql("select count(*) from guide_state")[0][0]),
    }
    for i in (1, 2):
        st, body, _ = request(INST[i], "GET", "/api/search?size=1")
        counts = {v["value"]: v["count"] for v in (body.get("facets", {}).get("type", [])
                                                    if st == 200 else [])}
        got = {t: counts.get(t, 0) for t in db}
        report(got == db, f"instance {i} index documents per type {got}, database {db}")

    print("\n== Mail ==")
    delivered = {}
    pattern = re.compile(r"Mail written to (seedbed-\d+@[^\s]+\.eml)")
    for i in (1, 2):
        for line in open(os.path.join(WORK, f"instance-{i}.log"), errors="replace"):
            m = pattern.search(line)
            if m:
                delivered.setdefault(m.group(1), []).append(i)
    files = {}
    for i in (1, 2):
        d = os.path.join(WORK, f"data-{i}", "mail")
        for name in os.listdir(d) if os.path.isdir(d) else []:
            if name.endswith(".eml"):
                files.setdefault(name, []).append(i)
    outbox = sql("select id, status, subject, recipient from mail_outbox")
    by_status = {}
    for oid, status, subject, recipient in outbox:
        by_status[status] = by_status.get(status, 0) + 1
    sent_ids = {oid for oid, status, _, _ in outbox if status == "SENT"}
    names = {oid: next((n for n in set(delivered) | set(files)
                        if n.startswith(f"seedbed-{oid}@")), None) for oid in sent_ids}
    never = [oid for oid, n in names.items() if n is None]
    repeats = {n: len(delivered.get(n, [])) for n in delivered if len(delivered[n]) > 1}
    cross = {n: v for n, v in files.items() if len(v) > 1}
    extra = sum(c - 1 for c in repeats.values()) + sum(len(v) - 1 for n, v in cross.items()
                                                       if n not in repeats)
    print(f"outbox: {len(outbox)} mails by status {by_status}; deliveries logged"
          f" {sum(len(v) for v in delivered.values())}, distinct Message-IDs {len(delivered)}")
    # A mail being sent by an instance at the moment it was killed stays claimed until its lease
    # (5 minutes, by the database's clock) runs out; then another instance sends it. Those are
    # the only mails allowed to be unsent at the end.
    stranded = sql("select id, extract(epoch from claimed_until - interval '5 minutes')"
                   " from mail_outbox where status = 'SENDING' and claimed_until > now()")
    at_kill = [oid for oid, claimed in stranded
               if any(tk - 10 <= float(claimed) <= tk for tk, _ in kills)]
    report(by_status.get("SENT", 0) + len(at_kill) == len(outbox) and len(outbox) > 100,
           "every outbox mail sent by the end of the quiet period, but for mails claimed by an"
           f" instance just before it was killed, waiting for their lease ({at_kill or 'none'})")
    report(not never, f"every sent mail delivered (missing: {never[:5] or 'none'})")
    report(extra <= len(kills), f"deliveries per Message-ID: {extra} repeat(s), at most one per kill"
           f" ({len(kills)}) allowed{': ' + str(repeats or cross) if extra else ''}")
    reminders = [(r, s) for _, _, s, r in outbox if s.startswith("Reminder: Digital Candle")]
    per_booking = sql("select b.id, count(m.id) from booking b join mail_outbox m on"
                      " m.recipient = b.booker_email and m.subject like 'Reminder: Digital Candle%'"
                      " group by b.id")
    twice = [b for b, c in per_booking if int(c) > 1]
    confirmed = int(sql("select count(*) from booking where status = 'CONFIRMED'")[0][0])
    report(not twice and len(per_booking) > 0,
           f"at most one reminder per booking ({len(per_booking)} bookings reminded,"
           f" {len(reminders)} reminder mails to bookers and volunteers, {confirmed} confirmed"
           f" bookings; more than one: {twice or 'none'})")
    unreminded = sql("select count(*) from booking where status = 'CONFIRMED' and reminded_at is null"
                     " and confirmed_at < now() - interval '10 seconds'")[0][0]
    report(unreminded == "0", f"every confirmed booking reminded ({unreminded} not)")

    print("\n== Bookings ==")
    overlap = sql("select count(*) from booking a join booking b on a.volunteer_id = b.volunteer_id"
                  " and a.id < b.id and a.status in ('HELD', 'CONFIRMED')"
                  " and b.status in ('HELD', 'CONFIRMED')"
                  " and a.starts_at < b.ends_at and b.starts_at < a.ends_at")[0][0]
    statuses = dict(sql("select status, count(*) from booking group by status"))
    bookings = [l.split("\t") for l in open(os.path.join(WORK, "bookings"))]
    answers = {}
    for b in bookings:
        answers[b[2]] = answers.get(b[2], 0) + 1
    print(f"booking requests {len(bookings)}, answers {answers}; bookings by status {statuses}")
    report(overlap == "0", f"no overlapping held or confirmed bookings of one volunteer ({overlap})")
    races = [l.rstrip("\n").split("\t") for l in open(os.path.join(WORK, "races"))]
    winners = [sum(1 for st, _ in json.loads(r[3]) if st == 202) for r in races]
    spread = [len({i for _, i in json.loads(r[3])}) for r in races]
    refused = sum(1 for r in races for st, _ in json.loads(r[3]) if st == 409)
    report(races and max(winners) <= 1 and winners.count(1) > 0,
           f"six bookers of one slot at once: at most one winner ({len(races)} races, winners"
           f" per race {winners}, {refused} refused with 409; races reaching both instances:"
           f" {sum(1 for x in spread if x == 2)})")
    past = sql("select count(*) from booking where status = 'HELD'"
               " and held_until < now() - interval '10 seconds'")[0][0]
    report(past == "0" and int(statuses.get("EXPIRED", 0)) > 0,
           f"no hold left 10 s past its expiry ({past}; {statuses.get('EXPIRED', 0)} holds lapsed"
           f" in the run)")

    print("\n== Sessions and limits ==")
    for f in ("sessions", "limits"):
        for line in open(os.path.join(WORK, f)):
            report(line.startswith("PASS"), line[5:].rstrip())

    print("\n== Errors ==")
    reqs = [l.rstrip("\n").split("\t") for l in open(os.path.join(WORK, "requests"))]
    by_kind = {}
    bad = []
    near_kill = 0
    for t, kind, st, inst in reqs:
        k = by_kind.setdefault(kind, {})
        k[st] = k.get(st, 0) + 1
        if st == "0" or st.startswith("5"):
            if any(tk <= float(t) <= tk + 5 for tk, _ in kills):
                near_kill += 1
            else:
                bad.append((t, kind, st))
    for kind, c in sorted(by_kind.items()):
        print(f"  {kind}: {dict(sorted(c.items()))}")
    report(not bad, f"no 5xx or failed connection through the proxy outside 5 s after a kill"
           f" ({len(reqs)} requests; {near_kill} within 5 s of a kill; outside: {bad[:5] or 'none'})")
    sign_ups = by_kind.get("sign-up", {}).get("202", 0)
    edits_ok = by_kind.get("edit", {}).get("200", 0)
    report(sign_ups > 20 and edits_ok > 100,
           f"the load did real work ({edits_ok} edits, {sign_ups} sign-ups)")

    print("\n== Instance logs (for a look, not a check) ==")
    for i in (1, 2):
        severe = {}
        text = open(os.path.join(WORK, f"instance-{i}.log"), errors="replace").read()
        for m in re.finditer(r"SEVERE.*?\[levelValue: \d+\]\s*(.{0,160})", text):
            severe[m.group(1)] = severe.get(m.group(1), 0) + 1
        print(f"instance {i}: {sum(severe.values())} SEVERE lines"
              + "".join(f"\n  {c} x {line}" for line, c in sorted(severe.items(),
                                                             key=lambda x: -x[1])[:5]))

    with open(os.path.join(WORK, "verdict"), "w") as f:
        f.write(("ALL PASS" if all(results) else "FAIL")
                + f": {sum(results)} of {len(results)} checks passed\n")
    return all(results)


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "setup":
        setup()
    elif cmd == "held":
        held()
    elif cmd == "load":
        load()
    elif cmd == "session-before":
        session_before(int(sys.argv[2]))
    elif cmd == "session-after":
        session_after(int(sys.argv[2]), int(sys.argv[3]))
    elif cmd == "catchup":
        catchup(int(sys.argv[2]))
    elif cmd == "limits":
        limits()
    elif cmd == "check":
        sys.exit(0 if check() else 1)
PY
