"""Print the current findings of a document in the golden format, for a person to review.

    .venv/bin/python tests/golden/make_golden.py FILE > tests/golden/NAME.json

The output is a draft: every entry's "review" must be filled in by someone who checked the cell
against the source document; the golden test refuses entries without one.
"""

import json
import sys

from auditor.engine import audit

result = audit(sys.argv[1])
rows = [
    {
        "code": f.code,
        "severity": str(f.severity),
        "page": f.location.page,
        "table": f.location.table,
        "row_label": f.location.row_label,
        "col_label": f.location.col_label,
        "published": f.published,
        "expected": f.expected,
        "review": "",
    }
    for f in result.findings
]
print(json.dumps({"document": sys.argv[1], "findings": rows}, indent=2, ensure_ascii=False))
