"""Kent County Council's answer to a Freedom of Information request (2019) about its children's
complaints team: the Request/Response table with every figure as published (including "£55,650k").
Source: ../shared/seeds/kent_foi_childrens_complaints_2019.txt."""

TITLE = "Freedom of Information request – Children's complaints"
SUBTITLE = "Kent County Council, 2019"

BORDERLESS: set[int] = set()

TABLES = {
    1: {
        "caption": "Table 1 – Request and response",
        "rows": [
            ["", "Request", "Response"],
            [
                "1",
                "All CS Complaints SLA and OLA reports for 2016 - 2018, as reported to Council "
                "Leaders/Council/Others (SCS complaints only)",
                "Councils in England must publish an annual report on children's social care complaints. The "
                "annual reports for 2016-17 and 2017-18 are on the KCC website.",
            ],
            [
                "2",
                "ALL KPI's deliverable as set by Heads of KCC",
                "These are in the annual reports linked above.",
            ],
            [
                "3",
                "Number of staff, and their positions (full-time/part-time etc)",
                "The Children's Complaints Team consists of 5.5 full time equivalent members of staff. 1 x Admin "
                "Officer 6 x Complaints Advisers 1 x Complaints Officer",
            ],
            [
                "4",
                "How many Stage 3 Investigations are concluded to the satisfaction of the Complainant",
                "Between 1/4/12 and 31/12/18 KCC facilitated 15 Stage 3 Review Panels; 10 were either partly or "
                "fully upheld by the Independent Review Panel. A complainant who remains dissatisfied may go to the "
                "LGSCO.",
            ],
            [
                "5",
                "How much does KCC spend on Stage 2 'independent' investigation services - 2014 - Date with "
                "'YLF'",
                "KCC spend £55,650k per annum on stage two investigations (Independent Person Services), a level "
                "of funding in place since 1st April 2014; the service is delivered by The Young Lives Foundation.",
            ],
            [
                "6",
                "How many investigations in Stage 2 were assigned the same persons",
                "None of the KCC Investigating Officers and YLF Independent Persons have been assigned to more than "
                "one case together between 1/1/16 and 31/12/18.",
            ],
            [
                "7",
                "How many LGSO complaints raised were successful 2012 - Date",
                "There were 6 Stage 3 complaints which then progressed to the LGSCO. The outcome from 4 of these was "
                "'Not Upheld – No Maladministration'; one was upheld; the sixth is still being considered by the "
                "LGSCO.",
            ],
        ],
    },
}

BODY = [
    ("paragraph", "Response to a request under the Freedom of Information Act 2000."),
    ("table", 1),
]

__all__ = ["BODY", "BORDERLESS", "SUBTITLE", "TABLES", "TITLE"]
