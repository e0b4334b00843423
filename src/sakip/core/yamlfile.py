"""The YAML of sakip's data files (scales, rules, templates), read with libyaml's parser.

PyYAML's own parser is written in Python; its libyaml binding reads the same documents into the
same values (the resolver and constructors are PyYAML's) about ten times faster. The rule files
are read by every command that writes a report, so the difference is part of what a user waits.
"""

from __future__ import annotations

from typing import Any

import yaml

SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader when PyYAML was built with it, else PyYAML's own."""


def load(text: str) -> Any:
    """Return the value of a YAML document, read safely (no Python objects)."""
    return yaml.load(text, Loader=SafeLoader)  # noqa: S506 - a safe loader
