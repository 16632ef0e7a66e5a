"""`warta eval TASK --data PATH`: one module per task, each with ``run(data: Path) -> dict``.

The dict's top-level keys are the headline metrics and ``n``, the number of items scored. Each module recognises
the dataset format from PATH (a file or folder in the layout of ../shared), so the same command runs on data
that was never seen here.
"""

from __future__ import annotations

import importlib
from pathlib import Path

TASKS: dict[str, str] = {
    "stories": "warta.evaluate.stories",
    "clean": "warta.evaluate.clean",
    "meta": "warta.evaluate.meta",
    "sentences": "warta.evaluate.sentences",
    "pos": "warta.evaluate.pos",
    "ner": "warta.evaluate.ner",
    "entities": "warta.evaluate.entities",
    "quotes": "warta.evaluate.quotes",
    "citations": "warta.evaluate.citations",
    "claims": "warta.evaluate.claims",
    "dates": "warta.evaluate.dates",
}


def available() -> list[str]:
    return [name for name, module in TASKS.items() if importlib.util.find_spec(module) is not None]


def run(task: str, data: Path) -> dict:
    if task not in TASKS:
        raise KeyError(f"unknown task {task!r}; known: {', '.join(sorted(TASKS))}")
    module = importlib.import_module(TASKS[task])
    return module.run(Path(data))
