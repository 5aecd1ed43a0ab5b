"""Print the current findings of a document in the golden format, for a person to review.

    .venv/bin/python tests/golden/make_golden.py FILE [PREVIOUS] > tests/golden/NAME.json

The output is a draft: every entry's "review" must be filled in by someone who checked the cell
against the source document; the golden test refuses entries without one.
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from auditor.engine import audit
from tests.golden_format import entry

result = audit(sys.argv[1], previous=sys.argv[2] if len(sys.argv) > 2 else None)
rows = [{**entry(f), "review": ""} for f in result.findings]
spec = {"document": sys.argv[1], **({"previous": sys.argv[2]} if len(sys.argv) > 2 else {}), "findings": rows}
print(json.dumps(spec, indent=2, ensure_ascii=False))
