import sys

from reseller_desktop.app import main

sys.exit(main())
