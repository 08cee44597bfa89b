"""`python -m eventcenter.cli`: the same command as `eventcenter`."""

import sys

from eventcenter.cli import main

sys.exit(main())
