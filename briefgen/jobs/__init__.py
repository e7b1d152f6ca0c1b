"""Scheduled memo production: ``briefgen run`` and ``briefgen schedule``.

A job (``[jobs.<name>]`` in briefgen.toml) names its sources, sections, formats, output folder,
title pattern, window and retention. Each run takes a per-job file lock, collects stories (local
files and HTTP(S) feeds), keeps only what is new, builds a brief with a ``changes`` section against
the previous brief, writes every output atomically and only then commits the SQLite state.
See docs/scheduling.md.
"""

from __future__ import annotations
