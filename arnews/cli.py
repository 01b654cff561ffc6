"""The ``arnews`` command: clean or parse news files and JSON Lines from the shell.

Two commands, one pipeline (the full manual is ``docs/cli.md``)::

    arnews clean FILE...              cleaned text of each file (``-`` = standard input)
    arnews parse FILE...              one JSON object per file
    arnews clean --jsonl IN.jsonl     JSON Lines in, JSON Lines out, every input field kept
    arnews FILE...                    shortcut for ``arnews clean FILE...``

The command is a plain user of the public API (:func:`arnews.clean`,
:func:`arnews.parse`); everything here is about streams: records are read one
line at a time, sent in small batches to ``--jobs`` worker processes, and
written back in input order, whole lines only, flushed as they are done.
Bad input is reported on standard error with its file and line number and
counted; it never stops the run unless ``--on-error fail`` asks for that.

Exit status: 0 all records written; 1 finished, but some inputs were skipped;
2 usage error (or the output cannot be opened); 3 stopped early (``--on-error
fail``, a failed write, a dead worker); 128 + signal number when interrupted.

>>> main(["--version"])  # doctest: +ELLIPSIS
arnews ...
0
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from types import FrameType
from typing import IO, Any, Final, Literal, NamedTuple, Protocol

import attrs

import arnews

__all__ = ["EXIT_INTERRUPTED", "EXIT_OK", "EXIT_SKIPPED", "EXIT_STOPPED", "EXIT_USAGE", "main"]

EXIT_OK: Final = 0
"""Every record was read, processed and written."""
EXIT_SKIPPED: Final = 1
"""The run finished, but some inputs were reported and skipped (``--on-error skip``)."""
EXIT_USAGE: Final = 2
"""Bad command line, or the ``-o`` file cannot be opened. Nothing was processed."""
EXIT_STOPPED: Final = 3
"""Stopped early: first bad input under ``--on-error fail``, a failed write, a dead worker."""
EXIT_INTERRUPTED: Final = 128
"""Plus the signal number (130 for Ctrl-C, 143 for SIGTERM): stopped by a signal."""

Command = Literal["clean", "parse"]
COMMANDS: Final = ("clean", "parse")

RENAME_PREFIX: Final = "arnews_"
"""An added key the input record already has is written under this prefix instead."""

STDIN_LABEL: Final = "<stdin>"
_BOM: Final = b"\xef\xbb\xbf"
_BATCH_BYTES: Final = 64 * 1024  # a batch is a few tens of ms of work: cheap IPC, fine ordering
_BATCH_ITEMS: Final = 512
_IN_FLIGHT_PER_JOB: Final = 3  # bounded read-ahead: constant memory on any input size


@attrs.frozen
class Job:
    """What a worker needs to turn one input into one output line (picklable)."""

    command: Command
    jsonl: bool
    field: str
    profile: arnews.ProfileName
    reference: date | None


class Item(NamedTuple):
    """One input: a JSON line, a whole file, or a read error to report in its place."""

    source: str
    line: int
    data: bytes
    error: str | None = None


class Outcome(NamedTuple):
    """One output line (``out``) or one error message (``error``), never both."""

    out: bytes | None
    error: str | None = None
    renamed: tuple[tuple[str, str], ...] = ()  # (added key, key written)


@attrs.frozen
class Options:
    """The parsed command line."""

    command: Command
    files: tuple[str, ...]
    jsonl: bool
    field: str
    output: str | None
    jobs: int
    on_error: Literal["skip", "fail"]
    profile: arnews.ProfileName
    reference: date | None
    quiet: bool


# --------------------------------------------------------------------------- workers
# Top-level functions only: they run in spawned worker processes.


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


# Valid raw inside JSON strings, but str.splitlines() and many JSONL readers split lines there.
_LINE_BREAKS: Final = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def _dumps(obj: object) -> bytes:
    text = json.dumps(obj, ensure_ascii=False)
    if "\x85" in text or "\u2028" in text or "\u2029" in text:
        text = text.translate(_LINE_BREAKS)
    try:
        return text.encode("utf-8") + b"\n"
    except UnicodeEncodeError:  # lone surrogates from "\ud800"-style escapes: keep them escaped
        return json.dumps(obj).encode("ascii") + b"\n"


def _added_fields(job: Job, text: str) -> dict[str, Any]:
    """The fields a record gains: ``clean``, or the parsed article (its ``text`` as ``clean``)."""
    if job.command == "clean":
        return {"clean": arnews.clean(text, profile=job.profile)}
    parsed = arnews.parse(text, reference=job.reference, profile=job.profile).to_dict()
    return {("clean" if key == "text" else key): value for key, value in parsed.items()}


def _merge(record: dict[str, Any], added: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """Add ``added`` to ``record`` without overwriting; return the ``(key, written as)`` renames."""
    renamed: list[tuple[str, str]] = []
    for key, value in added.items():
        out_key = key
        while out_key in record:
            out_key = RENAME_PREFIX + out_key
        if out_key != key:
            renamed.append((key, out_key))
        record[out_key] = value
    return tuple(renamed)


def _decode_error(item: Item, exc: UnicodeDecodeError, data: bytes) -> Outcome:
    line = item.line + data.count(b"\n", 0, exc.start)
    column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
    bad = data[exc.start]
    return Outcome(
        None, f"{item.source}:{line}: not valid UTF-8 (byte 0x{bad:02x}, column {column})"
    )


def _bad(item: Item, message: str) -> Outcome:
    return Outcome(None, f"{item.source}:{item.line}: {message}")


def _process_jsonl(job: Job, item: Item) -> Outcome:
    try:
        line = item.data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _decode_error(item, exc, item.data)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return _bad(item, f"malformed JSON: {exc.msg} (column {exc.colno})")
    except (ValueError, RecursionError) as exc:  # 5000-digit numbers, 100 000 nested brackets
        return _bad(item, f"malformed JSON: {exc}")
    if not isinstance(record, dict):
        return _bad(item, f"not a JSON object but {_json_kind(record)}")
    if job.field not in record:
        return _bad(item, f"record has no {job.field!r} field")
    text = record[job.field]
    if not isinstance(text, str):
        return _bad(item, f"field {job.field!r} is {_json_kind(text)}, not a string")
    renamed = _merge(record, _added_fields(job, text))
    return Outcome(_dumps(record), None, renamed)


def _process_file(job: Job, item: Item) -> Outcome:
    data = item.data[len(_BOM) :] if item.data.startswith(_BOM) else item.data
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _decode_error(item, exc, data)
    if job.command == "clean":
        cleaned = arnews.clean(text, profile=job.profile)
        return Outcome(cleaned.rstrip("\n").encode("utf-8") + b"\n")
    record: dict[str, Any] = {"file": item.source}
    renamed = _merge(record, _added_fields(job, text))
    return Outcome(_dumps(record), None, renamed)


def _process(job: Job, item: Item) -> Outcome:
    if item.error is not None:
        return Outcome(None, item.error)
    try:
        return _process_jsonl(job, item) if job.jsonl else _process_file(job, item)
    except Exception as exc:  # a library bug must cost one record, not the run
        return _bad(item, f"arnews.{job.command} failed: {type(exc).__name__}: {exc}")


def run_batch(job: Job, items: Sequence[Item]) -> list[Outcome]:
    """Process ``items`` in order (the unit of work sent to a worker process)."""
    return [_process(job, item) for item in items]


def _worker_init() -> None:
    # Ctrl-C reaches the whole process group: the parent decides when to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# --------------------------------------------------------------------------- reading


def _items(files: Sequence[str], jsonl: bool) -> Iterator[Item]:
    """Yield the inputs lazily, one JSON line (or one file) at a time."""
    for name in files:
        label = STDIN_LABEL if name == "-" else name
        stdin: IO[bytes] | None = getattr(sys.stdin, "buffer", None)
        try:
            if name != "-":
                stream: IO[bytes] = open(name, "rb")  # noqa: SIM115
            elif stdin is not None:
                stream = stdin
            else:
                raise OSError("no standard input")
        except OSError as exc:
            yield Item(label, 0, b"", f"{label}: cannot read: {exc.strerror or exc}")
            continue
        lineno = 0
        try:
            if not jsonl:
                yield Item(label, 1, stream.read())
                continue
            for raw in stream:
                lineno += 1
                if lineno == 1 and raw.startswith(_BOM):
                    raw = raw[len(_BOM) :]
                if raw.strip():  # blank lines are not records
                    yield Item(label, lineno, raw)
        except OSError as exc:
            yield Item(label, lineno + 1, b"", f"{label}:{lineno + 1}: cannot read: {exc}")
        finally:
            if stream is not stdin:
                stream.close()


def _batches(items: Iterable[Item], max_items: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    size = 0
    for item in items:
        batch.append(item)
        size += len(item.data)
        if size >= _BATCH_BYTES or len(batch) >= max_items:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _size(batch: list[Item]) -> int:
    return sum(len(item.data) for item in batch)


def _results(
    job: Job, batches: Iterable[list[Item]], jobs: int
) -> Generator[tuple[list[Outcome], int], None, None]:
    """Each batch's outcomes and input size, in input order, a few batches in flight at most."""
    if jobs == 1:
        for batch in batches:
            yield run_batch(job, batch), _size(batch)
        return
    context = multiprocessing.get_context("spawn")  # same behaviour on every OS, no fork+threads
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_worker_init)
    pending: deque[tuple[Future[list[Outcome]], int]] = deque()
    try:
        for batch in batches:
            pending.append((pool.submit(run_batch, job, batch), _size(batch)))
            if len(pending) >= jobs * _IN_FLIGHT_PER_JOB:
                future, size = pending.popleft()
                yield future.result(), size
        while pending:
            future, size = pending.popleft()
            yield future.result(), size
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# --------------------------------------------------------------------------- the run


class _Bar(Protocol):
    def update(self, n: int) -> Any: ...
    def write(self, s: str, file: IO[str]) -> Any: ...
    def close(self) -> Any: ...


def _progress_bar(opts: Options) -> _Bar | None:
    """A tqdm bar on a terminal when tqdm is installed (the ``cli`` extra); None otherwise."""
    if opts.quiet or sys.stderr is None or not sys.stderr.isatty():
        return None
    try:
        tqdm = importlib.import_module("tqdm")
    except ImportError:
        return None
    total: int | None = 0
    for name in opts.files:
        with contextlib.suppress(OSError):
            total = None if name == "-" or total is None else total + os.path.getsize(name)
    bar: _Bar = tqdm.tqdm(
        total=total or None,
        unit="B",
        unit_scale=True,
        unit_divisor=1024,
        desc=f"arnews {opts.command}",
        delay=1.0,  # short runs stay silent
        leave=False,
        file=sys.stderr,
    )
    return bar


class _Stop:
    """SIGINT/SIGTERM handler: stop at once, except in the middle of writing a batch of lines."""

    def __init__(self) -> None:
        self.signum = 0
        self.writing = False

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        self.signum = signum
        if not self.writing:  # reading or waiting: nothing half-written to protect
            raise KeyboardInterrupt


def _install(stop: _Stop) -> Callable[[], None]:
    saved: list[tuple[int, Any]] = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            saved.append((sig, signal.signal(sig, stop)))
        except ValueError:  # not the main thread: leave signals alone
            break

    def restore() -> None:
        for sig, handler in saved:
            signal.signal(sig, handler)

    return restore


@attrs.define
class _Run:
    opts: Options
    out: _Sink
    bar: _Bar | None
    records: int = 0
    written: int = 0
    errors: int = 0
    notes: set[str] = attrs.field(factory=set)
    closed: bool = False  # the reader of our output went away (``| head``)

    def say(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(f"arnews: {message}", file=sys.stderr)
        else:
            _err(f"arnews: {message}")

    def write(self, data: bytes) -> bool:
        try:
            self.out.write(data)
        except BrokenPipeError:
            self.closed = True
        return not self.closed

    def flush(self) -> bool:
        try:
            self.out.flush()
        except BrokenPipeError:
            self.closed = True
        return not self.closed

    def take(self, outcomes: list[Outcome]) -> bool:
        """Write one batch's outcomes; False when the run must stop here."""
        for outcome in outcomes:
            self.records += 1
            if outcome.error is not None:
                self.errors += 1
                self.say(outcome.error)
                if self.opts.on_error == "fail":
                    return False
                continue
            assert outcome.out is not None
            separator = b"\n" if self.written and not self.opts.jsonl and self._text() else b""
            if not self.write(separator + outcome.out):
                return False
            self.written += 1
            for key, written_as in outcome.renamed:
                if written_as not in self.notes:
                    self.notes.add(written_as)
                    self.say(
                        f"note: input records already have a {key!r} field;"
                        f" the added {key!r} is written as {written_as!r}"
                    )
        return True

    def _text(self) -> bool:
        return self.opts.command == "clean"

    def summary(self, seconds: float, why: str) -> str:
        rate = self.records / seconds if seconds > 0 else 0.0
        records = _plural(self.records, "record")
        line = (
            f"{self.opts.command}: {records} ({self.written} written,"
            f" {_plural(self.errors, 'error')})"
            f" in {seconds:.2f} s, {rate:.1f} records/s"
        )
        return f"{line}; {why}" if why else line


def _err(line: str) -> None:
    """One line on standard error, if there is one (``2>&-`` closes it; never fall back to stdout)."""
    if sys.stderr is not None:
        with contextlib.suppress(OSError):
            print(line, file=sys.stderr, flush=True)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


class _Sink(Protocol):
    def write(self, data: bytes, /) -> int: ...
    def flush(self) -> None: ...
    def close(self) -> None: ...


class _TextOut:
    """Bytes in, text out: for a ``sys.stdout`` without ``.buffer`` (doctest, notebooks)."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, data: bytes) -> int:
        return self.stream.write(data.decode("utf-8"))

    def flush(self) -> None:
        self.stream.flush()

    def close(self) -> None:
        pass


def _run(opts: Options) -> int:
    if opts.output is None:
        sys.stdout.flush()
        buffer = getattr(sys.stdout, "buffer", None)
        out: _Sink = buffer if buffer is not None else _TextOut(sys.stdout)
    else:
        try:
            out = open(opts.output, "wb")  # noqa: SIM115
        except OSError as exc:
            _err(f"arnews: cannot write {opts.output}: {exc.strerror or exc}")
            return EXIT_USAGE
    job = Job(opts.command, opts.jsonl, opts.field, opts.profile, opts.reference)
    run = _Run(opts, out, _progress_bar(opts))
    stop = _Stop()
    restore = _install(stop)
    started = time.perf_counter()
    why = ""
    status = EXIT_OK
    try:
        batches = _batches(_items(opts.files, opts.jsonl), 1 if opts.jobs == 1 else _BATCH_ITEMS)
        results = _results(job, batches, opts.jobs)
        try:
            for outcomes, size in results:
                stop.writing = True
                going = run.take(outcomes) and run.flush()
                stop.writing = False
                if run.bar is not None:
                    run.bar.update(size)
                if not going or stop.signum:
                    break
        except BrokenProcessPool as exc:
            run.say(f"a worker process died: {exc}")
            why, status = "stopped: a worker process died", EXIT_STOPPED
        except OSError as exc:
            run.say(f"cannot write the output: {exc}")
            why, status = "stopped: the output cannot be written", EXIT_STOPPED
        finally:
            results.close()  # stop the workers before reporting
    except KeyboardInterrupt:
        stop.signum = stop.signum or signal.SIGINT
    finally:
        restore()
        if run.bar is not None:
            run.bar.close()
        with contextlib.suppress(OSError):  # already reported, or nothing left to flush
            run.flush()
            if opts.output is not None:
                out.close()
        if opts.output is None and run.closed:  # keep Python's exit-time flush of stdout quiet
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
    if stop.signum:
        why, status = f"interrupted by {signal.Signals(stop.signum).name}", EXIT_INTERRUPTED
        status += stop.signum
    elif run.closed:
        why = "the output was closed early"
    elif status == EXIT_OK and run.errors:
        if opts.on_error == "fail":
            why, status = "stopped at the first error (--on-error fail)", EXIT_STOPPED
        else:
            status = EXIT_SKIPPED
    if not opts.quiet:
        _err(f"arnews {run.summary(time.perf_counter() - started, why)}")
    return status


# --------------------------------------------------------------------------- command line


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("must be 0 (all CPUs) or more")
    if jobs == 0:
        affinity = getattr(os, "sched_getaffinity", None)
        jobs = len(affinity(0)) if affinity is not None else (os.cpu_count() or 1)
    return jobs


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from None


_DESCRIPTION: Final = "Clean and parse scraped Arabic news text."
_EPILOG: Final = """\
commands:
  clean FILE...   cleaned text of each file, documents separated by a blank line
  parse FILE...   one JSON object per article (title, paragraphs, clean, dates, quotes, ...)
  FILE...         shortcut for: arnews clean FILE...

'arnews COMMAND --help' lists the options; docs/cli.md is the manual.
exit status: 0 ok, 1 some inputs skipped, 2 usage error, 3 stopped early, 128+N signal N.
"""


def _top_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="arnews",
        usage="arnews [clean | parse] [options] [FILE ...]",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"arnews {arnews.__version__}")
    return parser


def _command_parser(command: Command) -> argparse.ArgumentParser:
    what = {
        "clean": "Write the cleaned text of each input (arnews.clean).",
        "parse": "Write one JSON object per article (arnews.parse(...).to_dict()).",
    }[command]
    parser = argparse.ArgumentParser(prog=f"arnews {command}", description=what)
    add = parser.add_argument
    add("files", nargs="*", metavar="FILE", help="input files; '-' or none: standard input")
    add(
        "--jsonl",
        action="store_true",
        help="inputs are JSON Lines: process each record's --field, keep the other fields",
    )
    add("--field", metavar="NAME", help="with --jsonl: the field holding the text (text)")
    add("-o", "--output", metavar="FILE", help="write here instead of standard output")
    add(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes (1); 0 = all CPUs; output order is always input order",
    )
    add(
        "--on-error",
        choices=("skip", "fail"),
        default="skip",
        help="bad input: report, skip and exit 1 at the end (skip), or stop there, exit 3 (fail)",
    )
    add(
        "--profile",
        choices=("light", "default", "search"),
        default="default",
        help="normalization profile (default)",
    )
    if command == "parse":
        add("--reference", type=_iso_date, metavar="YYYY-MM-DD", help="fallback publication date")
    add("-q", "--quiet", action="store_true", help="no progress bar and no summary line")
    return parser


def _options(argv: list[str]) -> Options:
    if not argv or argv[0] in ("-h", "--help", "--version"):
        parser = _top_parser()
        if not argv:
            parser.print_help(sys.stderr)
            parser.exit(EXIT_USAGE)
        parser.parse_args(argv)  # prints and exits
    command: Command = "parse" if argv[0] == "parse" else "clean"
    if argv[0] in COMMANDS:
        argv = argv[1:]
    parser = _command_parser(command)
    ns = parser.parse_intermixed_args(argv)
    files = tuple(ns.files) or ("-",)
    if ns.field is not None and not ns.jsonl:
        parser.error("--field only applies to --jsonl input")
    if ns.output is not None and ns.output != "-":
        for name in files:
            try:
                if name != "-" and os.path.samefile(name, ns.output):
                    parser.error(f"the output {ns.output} is also an input (it would be emptied)")
            except OSError:
                pass
    return Options(
        command=command,
        files=files,
        jsonl=ns.jsonl,
        field="text" if ns.field is None else ns.field,
        output=None if ns.output in (None, "-") else ns.output,
        jobs=ns.jobs,
        on_error=ns.on_error,
        profile=ns.profile,
        reference=getattr(ns, "reference", None),
        quiet=ns.quiet,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command on ``argv`` (default ``sys.argv[1:]``) and return the exit status."""
    try:
        opts = _options(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    return _run(opts)
