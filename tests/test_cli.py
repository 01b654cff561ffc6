"""The ``arnews`` command, run for real (``python -m arnews``) on the seeds and hand-made JSONL.

Expected outputs are computed with the public API (``arnews.clean``, ``arnews.parse``), so
these tests pin what the command adds: reading, order, fields, errors, exit codes, streams.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arnews
from arnews import cli

REPO = Path(__file__).resolve().parent.parent
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS]
CMD = [sys.executable, "-m", "arnews"]


def run(*args: str | Path, stdin: str | bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run the command; stdout and stderr decoded as UTF-8."""
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    res = subprocess.run(
        [*CMD, *map(str, args)], input=data, capture_output=True, timeout=60, cwd=REPO
    )
    return subprocess.CompletedProcess(
        res.args, res.returncode, res.stdout.decode("utf-8"), res.stderr.decode("utf-8")
    )


def jsonl(*records: Any) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def rows(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def cleaned_doc(text: str, profile: arnews.ProfileName = "default") -> str:
    return arnews.clean(text, profile=profile).rstrip("\n") + "\n"


def parsed(text: str, reference: date | None = None) -> dict[str, Any]:
    """What ``parse`` adds to a record: ``Article.to_dict()`` with ``text`` written as ``clean``."""
    d = arnews.parse(text, reference=reference).to_dict()
    out = {("clean" if k == "text" else k): v for k, v in d.items()}
    return json.loads(json.dumps(out, ensure_ascii=False))  # type: ignore[no-any-return]


def test_seeds_are_there() -> None:
    assert len(SEEDS) == 5


# ----------------------------------------------------------------------------- clean, files


def test_clean_files_writes_each_document_separated_by_a_blank_line() -> None:
    res = run("clean", *SEEDS)
    assert res.returncode == 0, res.stderr
    assert res.stdout == "\n".join(cleaned_doc(t) for t in TEXTS)
    assert "clean: 5 records (5 written, 0 errors)" in res.stderr


def test_files_without_a_command_mean_clean() -> None:
    assert run(SEEDS[0]).stdout == run("clean", SEEDS[0]).stdout == cleaned_doc(TEXTS[0])


@pytest.mark.parametrize("args", [("clean", "-"), ("clean",), ("-",)])
def test_clean_reads_standard_input(args: tuple[str, ...]) -> None:
    res = run(*args, stdin=TEXTS[1])
    assert res.returncode == 0, res.stderr
    assert res.stdout == cleaned_doc(TEXTS[1])


def test_profile_option_reaches_clean() -> None:
    text = "وأكّد الوزير أن الدورة ٦٢ ستبدأ"
    assert (
        run("clean", "--profile", "light", "-", stdin=text).stdout
        == "وأكّد الوزير أن الدورة ٦٢ ستبدأ\n"
    )
    assert run("clean", "-", stdin=text).stdout == "وأكد الوزير أن الدورة 62 ستبدأ\n"


def test_byte_order_mark_is_not_text(tmp_path: Path) -> None:
    src = tmp_path / "bom.txt"
    src.write_bytes(b"\xef\xbb\xbf" + TEXTS[2].encode("utf-8"))
    assert run("clean", src).stdout == cleaned_doc(TEXTS[2])


def test_unreadable_and_undecodable_files_are_reported_and_skipped(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("سطر أول\n".encode() + b"second line caf\xe9\n")
    missing = tmp_path / "missing.txt"
    res = run("clean", SEEDS[0], missing, bad, SEEDS[1])
    assert res.returncode == cli.EXIT_SKIPPED
    assert res.stdout == cleaned_doc(TEXTS[0]) + "\n" + cleaned_doc(TEXTS[1])
    assert f"arnews: {missing}: cannot read: No such file or directory" in res.stderr
    assert f"arnews: {bad}:2: not valid UTF-8 (byte 0xe9, column 16)" in res.stderr
    assert "4 records (2 written, 2 errors)" in res.stderr


def test_a_directory_is_an_unreadable_file(tmp_path: Path) -> None:
    res = run("clean", tmp_path)
    assert res.returncode == cli.EXIT_SKIPPED
    assert f"{tmp_path}: cannot read" in res.stderr


def test_empty_input_is_zero_records() -> None:
    res = run("clean", "--jsonl", "-", stdin="")
    assert (res.returncode, res.stdout) == (0, "")
    assert "0 records (0 written, 0 errors)" in res.stderr
    assert run("clean", "-", stdin="").stdout == "\n"  # one empty document


# ----------------------------------------------------------------------------- parse


def test_parse_files_writes_one_json_object_per_article() -> None:
    res = run("parse", *SEEDS)
    assert res.returncode == 0, res.stderr
    out = rows(res.stdout)
    assert [r["file"] for r in out] == [str(p) for p in SEEDS]
    for row, text in zip(out, TEXTS, strict=True):
        assert {k: v for k, v in row.items() if k != "file"} == parsed(text)
        assert row["clean"]
        assert "title" in row
        # Offsets as documented: quotes and dates index `clean`, removed pieces the input.
        assert all(row["clean"][q["start"] : q["end"]] == q["text"] for q in row["quotes"])
        assert all(row["clean"][d["start"] : d["end"]] == d["text"] for d in row["dates"])
        assert all(text[r["start"] : r["end"]] == r["text"] for r in row["removed"])
    assert len(res.stdout.splitlines()) == 5  # one line per article


def test_parse_reference_date_is_passed_on() -> None:
    res = run("parse", "--reference", "2021-06-01", SEEDS[3])
    assert res.returncode == 0, res.stderr
    (row,) = rows(res.stdout)
    assert row["published"] == parsed(TEXTS[3], date(2021, 6, 1))["published"]


def test_the_external_check_passes(tmp_path: Path) -> None:
    """The issue's acceptance check, verbatim in spirit: 5 good records, a broken 6th line."""
    src = tmp_path / "src.jsonl"
    src.write_text(
        "".join(
            json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(TEXTS)
        )
        + "{broken\n",
        encoding="utf-8",
    )
    res = run("parse", "--jsonl", src, "--jobs", "2")
    out = rows(res.stdout)
    assert [r["id"] for r in out] == [0, 1, 2, 3, 4]
    assert [r["text"] for r in out] == TEXTS  # the input field is kept as it was
    assert [{k: v for k, v in r.items() if k not in ("id", "text")} for r in out] == [
        parsed(t) for t in TEXTS
    ]
    assert f"arnews: {src}:6: malformed JSON: Expecting property name" in res.stderr
    assert res.returncode == cli.EXIT_SKIPPED


def test_parse_never_overwrites_input_fields() -> None:
    res = run("parse", "--jsonl", "-", stdin=jsonl({"title": "من المصدر", "text": TEXTS[0]}))
    (row,) = rows(res.stdout)
    assert row["title"] == "من المصدر"
    assert row["arnews_title"] == parsed(TEXTS[0])["title"]
    assert "note: input records already have a 'title' field" in res.stderr
    assert res.returncode == 0


# ----------------------------------------------------------------------------- JSONL


def test_jsonl_clean_keeps_every_field_and_adds_clean() -> None:
    records = [{"id": "a", "url": "https://x.test/1", "text": TEXTS[0], "tags": [1, None]}]
    res = run("clean", "--jsonl", stdin=jsonl(*records))
    assert res.returncode == 0, res.stderr
    (row,) = rows(res.stdout)
    assert list(row) == ["id", "url", "text", "tags", "clean"]
    assert row["clean"] == arnews.clean(TEXTS[0])
    assert {k: row[k] for k in records[0]} == records[0]


def test_jsonl_field_option_and_collision_with_clean() -> None:
    res = run("clean", "--jsonl", "--field", "body", stdin=jsonl({"body": "نصّ", "clean": 1}))
    assert rows(res.stdout) == [{"body": "نصّ", "clean": 1, "arnews_clean": "نص"}]
    assert "written as 'arnews_clean'" in res.stderr


def test_jsonl_bad_records_are_reported_by_line_and_skipped() -> None:
    lines = [
        json.dumps({"id": 1, "text": "وأكّد"}),  # 1 ok
        "{broken",  # 2
        "",  # 3 blank: not a record
        "[1, 2]",  # 4
        json.dumps({"id": 5}),  # 5
        json.dumps({"id": 6, "text": 6}),  # 6
        json.dumps({"id": 7, "text": None}),  # 7
        json.dumps({"id": 8, "text": ["a"]}),  # 8
        '"just a string"',  # 9
        json.dumps({"id": 10, "text": "نهجًا"}),  # 10 ok
    ]
    res = run("clean", "--jsonl", "-", stdin="\n".join(lines) + "\n")
    assert [r["id"] for r in rows(res.stdout)] == [1, 10]
    errors = [line for line in res.stderr.splitlines() if ": " in line and "records" not in line]
    assert errors == [
        "arnews: <stdin>:2: malformed JSON: Expecting property name enclosed in double quotes"
        " (column 2)",
        "arnews: <stdin>:4: not a JSON object but an array",
        "arnews: <stdin>:5: record has no 'text' field",
        "arnews: <stdin>:6: field 'text' is a number, not a string",
        "arnews: <stdin>:7: field 'text' is null, not a string",
        "arnews: <stdin>:8: field 'text' is an array, not a string",
        "arnews: <stdin>:9: not a JSON object but a string",
    ]
    assert "9 records (2 written, 7 errors)" in res.stderr
    assert res.returncode == cli.EXIT_SKIPPED


def test_jsonl_bad_utf8_line_costs_one_record() -> None:
    data = (
        jsonl({"id": 1, "text": "أ"}).encode()
        + b'{"id": 2, "text": "\xff"}\n'
        + jsonl({"id": 3, "text": "ب"}).encode()
    )
    res = run("clean", "--jsonl", stdin=data)
    assert [r["id"] for r in rows(res.stdout)] == [1, 3]
    assert "<stdin>:2: not valid UTF-8 (byte 0xff, column 20)" in res.stderr


def test_jsonl_hostile_json_is_an_error_not_a_crash() -> None:
    deep = "[" * 200_000 + "]" * 200_000
    huge = '{"text": "x", "n": ' + "9" * 5000 + "}"
    res = run("clean", "--jsonl", stdin=f"{deep}\n{huge}\n" + jsonl({"text": "ok"}))
    assert rows(res.stdout) == [{"text": "ok", "clean": "ok"}]
    assert "<stdin>:1: malformed JSON" in res.stderr
    assert "<stdin>:2: malformed JSON" in res.stderr
    assert "Traceback" not in res.stderr


def test_jsonl_strings_with_line_separators_and_lone_surrogates() -> None:
    text = "سطر\u2028آخر\u0085ثالث"
    res = run("clean", "--jsonl", stdin=jsonl({"text": text}) + '{"text": "\\ud800 نص"}\n')
    assert res.returncode == 0, res.stderr
    out = rows(res.stdout)
    assert out[0]["clean"] == arnews.clean(text)
    assert out[1]["text"] == "\ud800 نص"  # escaped on output: still valid JSON and UTF-8
    assert len(res.stdout.splitlines()) == 2


def test_jsonl_byte_order_mark_on_first_line() -> None:
    res = run("clean", "--jsonl", stdin=b"\xef\xbb\xbf" + jsonl({"text": "نص"}).encode())
    assert rows(res.stdout) == [{"text": "نص", "clean": "نص"}]


def test_jobs_2_keeps_input_order_over_many_batches() -> None:
    # ~1.3 MB: about 20 batches, so the two workers really interleave.
    paragraphs = [p for t in TEXTS for p in t.splitlines() if p.strip()]
    records = [{"n": i, "text": paragraphs[i % len(paragraphs)] * (1 + i % 7)} for i in range(3000)]
    res = run("clean", "--jsonl", "--jobs", "2", stdin=jsonl(*records))
    assert res.returncode == 0, res.stderr
    out = rows(res.stdout)
    assert [r["n"] for r in out] == list(range(3000))
    assert all(r["clean"] == arnews.clean(r["text"]) for r in out[::97])


def test_on_error_fail_stops_at_the_first_bad_record() -> None:
    records = [jsonl({"id": i, "text": TEXTS[i % 5]}) for i in range(40)]
    records[25] = "{oops\n"
    for jobs in ("1", "2"):
        res = run("clean", "--jsonl", "--on-error", "fail", "--jobs", jobs, stdin="".join(records))
        assert res.returncode == cli.EXIT_STOPPED
        assert [r["id"] for r in rows(res.stdout)] == list(range(25))
        assert "<stdin>:26: malformed JSON" in res.stderr
        assert "stopped at the first error (--on-error fail)" in res.stderr


def test_output_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    res = run("clean", "--jsonl", "-o", out, stdin=jsonl({"text": "نصّ"}, {"text": "آخر"}))
    assert (res.returncode, res.stdout) == (0, "")
    assert rows(out.read_text(encoding="utf-8")) == [
        {"text": "نصّ", "clean": "نص"},
        {"text": "آخر", "clean": "آخر"},
    ]


def test_output_file_must_not_be_an_input(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(jsonl({"text": "نص"}), encoding="utf-8")
    res = run("clean", "--jsonl", src, "-o", src)
    assert res.returncode == cli.EXIT_USAGE
    assert "is also an input" in res.stderr
    assert src.read_text(encoding="utf-8") == jsonl({"text": "نص"})


def test_unwritable_output_is_a_usage_error(tmp_path: Path) -> None:
    res = run("clean", SEEDS[0], "-o", tmp_path / "no" / "such" / "dir.txt")
    assert res.returncode == cli.EXIT_USAGE
    assert "cannot write" in res.stderr


def test_quiet_and_non_terminal_stderr_carry_no_progress_bar() -> None:
    res = run("clean", *SEEDS)
    assert all(line.startswith("arnews ") for line in res.stderr.splitlines())
    assert run("clean", "-q", *SEEDS).stderr == ""


# ----------------------------------------------------------------------------- usage, streams


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("clean", "--jobs", "-1"),
        ("clean", "--jobs", "two"),
        ("clean", "--on-error", "ignore"),
        ("clean", "--profile", "heavy"),
        ("clean", "--reference", "2021-06-01"),
        ("parse", "--reference", "01/06/2021"),
        ("clean", "--no-such-option"),
        ("clean", "--field", "body"),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    res = run(*args, stdin="")
    assert res.returncode == cli.EXIT_USAGE
    assert res.stdout == ""
    assert "usage: arnews" in res.stderr


def test_help_and_version() -> None:
    assert run("--version").stdout == f"arnews {arnews.__version__}\n"
    assert "parse FILE" in run("--help").stdout
    assert "--reference" in run("parse", "--help").stdout
    assert "--reference" not in run("clean", "--help").stdout


def test_options_may_follow_files() -> None:
    res = run("clean", SEEDS[0], "-q", SEEDS[1], "--profile", "search")
    assert res.stdout == cleaned_doc(TEXTS[0], "search") + "\n" + cleaned_doc(TEXTS[1], "search")


def test_closed_output_pipe_is_quiet(tmp_path: Path) -> None:
    src = tmp_path / "big.jsonl"
    src.write_text(jsonl(*({"text": TEXTS[i % 5]} for i in range(2000))), encoding="utf-8")
    proc = subprocess.Popen(
        [*CMD, "clean", "--jsonl", src], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    _, err = proc.communicate(timeout=60)
    assert json.loads(first)["clean"] == arnews.clean(TEXTS[0])
    assert proc.returncode == 0
    assert b"Traceback" not in err
    assert b"the output was closed early" in err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_leaves_whole_lines_and_exits_128_plus_n(sig: signal.Signals) -> None:
    proc = subprocess.Popen(
        [*CMD, "clean", "--jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None
    assert proc.stdout is not None
    proc.stdin.write(jsonl({"id": 1, "text": TEXTS[0]}).encode())
    proc.stdin.flush()
    first = proc.stdout.readline()  # processed and flushed while the input stays open
    proc.send_signal(sig)
    rest, err = proc.communicate(timeout=60)
    assert json.loads(first)["id"] == 1
    assert rest == b""
    assert proc.returncode == cli.EXIT_INTERRUPTED + sig
    assert f"interrupted by {sig.name}".encode() in err
    assert b"Traceback" not in err


# ----------------------------------------------------------------------------- in process


def test_main_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out == f"arnews {arnews.__version__}\n"
    assert cli.main([]) == cli.EXIT_USAGE
    assert "usage: arnews" in capsys.readouterr().err
    assert cli.main(["clean", "-q", str(SEEDS[0])]) == 0
    assert capsys.readouterr().out == cleaned_doc(TEXTS[0])


def test_main_module_exposes_main() -> None:
    import arnews.__main__ as entry

    assert entry.main is cli.main


def test_jobs_zero_means_every_cpu() -> None:
    expected = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert cli._jobs("0") == expected


JOB = cli.Job(command="clean", jsonl=True, field="text", profile="default", reference=None)
JSON_RECORDS = st.dictionaries(
    st.sampled_from(["text", "clean", "arnews_clean", "id"]),
    st.none() | st.integers() | st.text(max_size=30),
).map(lambda d: json.dumps(d, ensure_ascii=bool(len(d) % 2)).encode("utf-8", "surrogatepass"))
RAW_LINES = st.binary(max_size=60).map(lambda b: b.replace(b"\n", b" "))


@settings(max_examples=120, deadline=None)
@given(st.lists(JSON_RECORDS | RAW_LINES, max_size=8))
def test_every_line_gives_one_output_line_or_one_located_error(lines: list[bytes]) -> None:
    items = [cli.Item("in.jsonl", n, line) for n, line in enumerate(lines, start=1)]
    outcomes = cli.run_batch(JOB, items)
    assert len(outcomes) == len(items)
    for item, outcome in zip(items, outcomes, strict=True):
        assert (outcome.out is None) != (outcome.error is None)
        if outcome.error is not None:
            assert outcome.error.startswith(f"in.jsonl:{item.line}: ")
            continue
        assert outcome.out is not None
        assert outcome.out.endswith(b"\n")
        assert len(outcome.out.decode("utf-8").splitlines()) == 1
        source = json.loads(item.data.decode("utf-8"))
        key = "clean"
        while key in source:
            key = "arnews_" + key
        assert json.loads(outcome.out) == {**source, key: arnews.clean(source["text"])}


def test_a_library_exception_costs_one_record(monkeypatch: pytest.MonkeyPatch) -> None:
    def fragile(text: str, *, profile: arnews.ProfileName = "default") -> str:
        if "x" in text:
            raise ValueError("boom")
        return text

    monkeypatch.setattr(arnews, "clean", fragile)
    items = [cli.Item("a.jsonl", 1, b'{"text": "x"}'), cli.Item("a.jsonl", 2, b'{"text": "y"}')]
    first, second = cli.run_batch(JOB, items)
    assert first.error == "a.jsonl:1: arnews.clean failed: ValueError: boom"
    assert second.out == b'{"text": "y", "clean": "y"}\n'


def test_dash_output_is_standard_output() -> None:
    assert run("clean", "-o", "-", SEEDS[0]).stdout == cleaned_doc(TEXTS[0])


def test_parallel_reading_stays_a_few_batches_ahead() -> None:
    """Constant memory: the reader is never more than 3 x jobs batches ahead of the writer."""
    pulled = 0

    def batches() -> Iterator[list[cli.Item]]:
        nonlocal pulled
        for n in range(40):
            pulled += 1
            yield [cli.Item("in.jsonl", n + 1, json.dumps({"n": n, "text": "نصّ"}).encode())]

    seen: list[int] = []
    for outcomes, _ in cli._results(JOB, batches(), 2):
        assert pulled - len(seen) <= 2 * 3
        seen.extend(json.loads(o.out or b"")["n"] for o in outcomes)
    assert seen == list(range(40))
