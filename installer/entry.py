"""The bundled program's entry point: the same as the ``crm-desktop`` command (no command starts the GUI)."""

import sys

from crm_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
