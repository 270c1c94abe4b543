"""`python -m webcare` is the same as the `webcare` console script."""

import sys

from webcare.cli import main

sys.exit(main())
