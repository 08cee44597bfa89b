"""`python -m eventcenter.demo OUT.event [--entries N] [--until HH:MM]`: a demo Valborg night."""

import sys

from eventcenter.demo.night import main

sys.exit(main())
