"""report-auditor: a consistency auditor for the tables of published statistical reports.

Public API::

    from auditor import audit
    result = audit("report.pdf")          # -> AuditResult
    for finding in result.findings: ...
"""

from auditor.engine import audit, audit_document
from auditor.model import AuditResult, Finding, InputError, Location, Severity

__all__ = ["AuditResult", "Finding", "InputError", "Location", "Severity", "audit", "audit_document"]
__version__ = "0.1.0"
