import gc

from ingest.cli import main

code = main()
# Exit without a last garbage collection over every object the libraries made: ~0.3 s of a
# no-op re-ingest, for memory the process is about to give back anyway.
gc.freeze()
raise SystemExit(code)
