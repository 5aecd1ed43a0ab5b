"""The built-in checks, one module per family. They register through the ``auditor.checks``
entry-point group like any plug-in (see pyproject.toml)."""

from auditor.checks.across import PriorYearRestated, SameQuantityDiffers
from auditor.checks.base import Check, Comparison, Context, Skipped
from auditor.checks.change import ArrowDirection, PercentChange, RepeatedYearHeading
from auditor.checks.claims import (
    ClaimContradictsTable,
    NamedPartsSum,
    StatedChangeMismatch,
    StatedRateMismatch,
)
from auditor.checks.escalation import (
    EscalationOutsideRange,
    EscalationRate,
    OmbudsmanCategoriesTotal,
    StageOrder,
    UpholdRate,
)
from auditor.checks.flows import StockFlow
from auditor.checks.shares import (
    ImpossibleShare,
    InlineShare,
    PercentNotation,
    RateColumn,
    ShareOfTotal,
    SharesSumTo100,
)
from auditor.checks.sums import (
    ColumnTotal,
    GrandTotal,
    NamedRowsTotal,
    RowTotal,
    Subtotal,
    TotalHeadingMismatch,
)
from auditor.checks.timescales import (
    AverageAboveMaximum,
    ComplianceBandsTotal,
    ComplianceRate,
    ComplianceShareImpossible,
    LocalTargetAsStatutory,
    TimescaleContradictsRegime,
)

BUILTIN_CHECKS = [
    ColumnTotal,
    RowTotal,
    Subtotal,
    GrandTotal,
    NamedRowsTotal,
    TotalHeadingMismatch,
    StockFlow,
    ShareOfTotal,
    InlineShare,
    RateColumn,
    SharesSumTo100,
    ImpossibleShare,
    PercentNotation,
    PercentChange,
    ArrowDirection,
    RepeatedYearHeading,
    StageOrder,
    EscalationRate,
    EscalationOutsideRange,
    OmbudsmanCategoriesTotal,
    UpholdRate,
    TimescaleContradictsRegime,
    LocalTargetAsStatutory,
    ComplianceBandsTotal,
    ComplianceRate,
    ComplianceShareImpossible,
    AverageAboveMaximum,
    ClaimContradictsTable,
    StatedChangeMismatch,
    StatedRateMismatch,
    NamedPartsSum,
    SameQuantityDiffers,
    PriorYearRestated,
]

__all__ = ["BUILTIN_CHECKS", "Check", "Comparison", "Context", "Skipped"]
