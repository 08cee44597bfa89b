"""`eventcenter-gui`: the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    print("eventcenter-gui: the window is not built yet; use the `eventcenter` command.",
          file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
