"""The pre-started PDF renderer (briefgen.pdf_worker): same bytes, same errors, no leftovers."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest

from briefgen import pdf, pdf_worker
from briefgen.errors import OutputError
from briefgen.model import Brief, SectionResult

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")


@pytest.fixture(autouse=True)
def _single_thread(request):
    """prestarted() refuses to fork beside other threads (left by other tests, say)."""
    other_threads = threading.active_count() > 1
    if other_threads and request.node.name not in (
        "test_not_forked_beside_other_threads",
        "test_the_tests_above_ran_in_a_fresh_process_if_not_here",
    ):
        pytest.skip("other threads are running in this test process")


def _brief(title: str = "Prestart test") -> Brief:
    section = SectionResult(id="sources", title="Sources", plugin="briefgen", items=[])
    return Brief(title=title, date=date(2019, 4, 26), stories=[], sections=[section])


def test_prestarted_pdf_is_byte_identical_to_in_process():
    brief = _brief()
    in_process = pdf.render_pdf(brief)
    with pdf_worker.prestarted():
        worker = pdf_worker._ACTIVE[-1]
        data = pdf.render_pdf(brief)
    assert data == in_process
    assert data.startswith(b"%PDF")
    assert worker.used and worker.pid == 0
    assert pdf_worker._ACTIVE == []


def test_second_render_in_the_block_runs_in_process():
    brief = _brief()
    with pdf_worker.prestarted():
        first = pdf.render_pdf(brief)
        second = pdf.render_pdf(brief)
    assert first == second


def test_worker_error_is_the_same_output_error(monkeypatch):
    monkeypatch.setattr(pdf, "RENDER_TIME_LIMIT", 0.000001)
    with pdf_worker.prestarted(), pytest.raises(OutputError, match="PDF rendering exceeded"):
        pdf.render_pdf(_brief())


def test_dead_worker_falls_back_to_in_process():
    brief = _brief()
    expected = pdf.render_pdf(brief)
    with pdf_worker.prestarted():
        worker = pdf_worker._ACTIVE[-1]
        os.kill(worker.pid, 9)
        os.waitpid(worker.pid, 0)
        worker.pid = 0
        assert pdf.render_pdf(brief) == expected


def test_unused_worker_is_ended_and_reaped():
    with pdf_worker.prestarted():
        worker = pdf_worker._ACTIVE[-1]
        pid = worker.pid
    assert worker.pid == 0
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def test_disabled_by_flag_and_environment(monkeypatch):
    with pdf_worker.prestarted(False):
        assert pdf_worker._ACTIVE == []
    monkeypatch.setenv("BRIEFGEN_PDF_PRESTART", "0")
    with pdf_worker.prestarted():
        assert pdf_worker._ACTIVE == []


def test_not_forked_beside_other_threads():
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        with pdf_worker.prestarted():
            assert pdf_worker._ACTIVE == []
    finally:
        stop.set()
        thread.join()


def test_the_tests_above_ran_in_a_fresh_process_if_not_here():
    """In a full run other tests leave threads behind, so the tests above skip themselves;
    then this one runs the file in a fresh process, where they must all pass, none skipped."""
    if threading.active_count() == 1:
        return  # they ran in this process
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-o",
            "addopts=",
            "-q",
            "-p",
            "no:cacheprovider",
            __file__,
        ],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        timeout=600,
    )
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
    assert result.returncode == 0, result.stdout + result.stderr
    assert "skipped" not in summary and "passed" in summary, summary
