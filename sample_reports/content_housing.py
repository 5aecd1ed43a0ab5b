"""Kestrelmoor Homes (a fictional housing association with about 12,100 homes): Annual Complaints Performance
and Service Improvement Report 2024/25, under the Housing Ombudsman's Complaint Handling Code 2024, statutory
from 1 April 2024 (two stages, then the Housing Ombudsman), with the Tenant Satisfaction Measures CH01, CH02
and TP09. Every figure is invented; the report carries planted timescale (TIM) and escalation (ESC) errors,
each listed with its correct counterparts in planted_tim_esc.md. All other arithmetic is meant to be right."""

TITLE = "Annual Complaints Performance and Service Improvement Report 2024/25"
SUBTITLE = (
    "Kestrelmoor Homes – presented to the Board on 24 June 2025 with the Complaint Handling Code "
    "self-assessment and the Board's response"
)

BORDERLESS = {2}

_SERVICES = [
    "Responsive repairs",
    "Damp and mould",
    "Planned works and major repairs",
    "Neighbourhoods and anti-social behaviour",
    "Lettings and tenancy management",
    "Rents and service charges",
    "Aids and adaptations",
    "Leasehold and home ownership",
    "Customer services",
]


def _by_service(*columns: list[str]) -> list[list[str]]:
    return [[service, *(column[i] for column in columns)] for i, service in enumerate(_SERVICES)]


TABLES = {
    1: {
        "caption": "Table 1: Complaints and compliments received, 2023/24 and 2024/25",
        "rows": [
            ["Measure", "2023/24", "2024/25", "Change", "% change"],
            ["Stage 1 complaints received", "702", "786", "+84", "+12%"],
            ["Stage 2 complaints received", "87", "118", "+31", "+36%"],
            ["Cases referred to the Housing Ombudsman", "19", "23", "+4", "+21%"],
            ["Compliments received", "412", "455", "+43", "+10%"],
        ],
    },
    2: {
        "caption": "Table 2: Tenant Satisfaction Measures for complaints",
        "rows": [
            ["Measure", "2023/24", "2024/25"],
            ["CH01 (1): Stage 1 complaints received per 1,000 homes", "58.1", "64.7"],
            ["CH01 (2): Stage 2 complaints received per 1,000 homes", "7.2", "9.7"],
            ["CH02 (1): Stage 1 complaints responded to within the Code's timescales", "81.4%", "88.6%"],
            ["CH02 (2): Stage 2 complaints responded to within the Code's timescales", "72.5%", "79.3%"],
            ["TP09: Satisfaction with the landlord's approach to handling complaints", "31.8%", "34.6%"],
        ],
    },
    3: {
        "caption": "Table 3: Complaints received in 2024/25 by service area",
        "rows": [
            ["Service area", "Stage 1", "Stage 2", "% escalated to Stage 2"],
            *_by_service(
                ["392", "121", "62", "84", "51", "44", "11", "6", "15"],
                ["40", "48", "5", "7", "4", "4", "1", "8", "1"],
                ["10%", "40%", "8%", "12%", "8%", "9%", "9%", "–", "7%"],
            ),
            ["Total", "786", "118", "15%"],
        ],
    },
    4: {
        "caption": (
            "Table 4: Stage 1 complaints closed in 2023/24 and how many were escalated to Stage 2 "
            "(position at 31 March 2025)"
        ),
        "rows": [
            ["Service area", "Stage 1 complaints closed in 2023/24", "Of which escalated to Stage 2"],
            *_by_service(
                ["352", "84", "58", "77", "49", "38", "9", "7", "14"],
                ["41", "12", "5", "6", "4", "3", "11", "2", "1"],
            ),
            ["Total", "688", "85"],
        ],
    },
    5: {
        "caption": "Table 5: Acknowledgements and responses within the Code's timescales, 2024/25",
        "rows": [
            [
                "Stage",
                "Cases",
                "Within timescale (including agreed extensions)",
                "Outside timescale",
                "% within timescale",
            ],
            ["Stage 1 acknowledgement (5 working days)", "786", "761", "25", "97%"],
            ["Stage 1 response (10 working days)", "771", "683", "88", "89%"],
            ["Stage 2 acknowledgement (5 working days)", "118", "112", "6", "95%"],
            ["Stage 2 response (25 working days)", "111", "88", "23", "79%"],
        ],
    },
    6: {
        "caption": "Table 6: Time taken to send Stage 1 responses, by quarter, 2024/25",
        "rows": [
            [
                "Quarter",
                "Stage 1 responses",
                "Within 10 working days",
                "11 to 20 working days",
                "Over 20 working days",
            ],
            ["Q1 (April to June 2024)", "176", "132", "33", "11"],
            ["Q2 (July to September 2024)", "198", "151", "34", "16"],
            ["Q3 (October to December 2024)", "207", "159", "37", "11"],
            ["Q4 (January to March 2025)", "190", "154", "27", "9"],
        ],
    },
    7: {
        "caption": "Table 7: Stage 1 responses sent in time, by quarter, 2024/25",
        "rows": [
            ["Quarter", "Stage 1 responses", "Responded in time", "% in time"],
            ["Q1 (April to June 2024)", "176", "151", "86%"],
            ["Q2 (July to September 2024)", "198", "172", "87%"],
            ["Q3 (October to December 2024)", "207", "184", "93%"],
            ["Q4 (January to March 2025)", "190", "176", "93%"],
            ["Total", "771", "683", "89%"],
        ],
    },
    8: {
        "caption": "Table 8: Stage 2 responses in 2024/25 by service area",
        "rows": [
            ["Service area", "Stage 2 responses", "% of responses within the Code's timescale"],
            *_by_service(
                ["38", "45", "5", "7", "4", "3", "1", "7", "1"],
                ["82%", "79%", "80%", "86%", "75%", "67%", "100%", "71%", "100%"],
            ),
            ["Total", "111", "79%"],
        ],
    },
    9: {
        "caption": "Table 9: Outcome of Stage 1 and Stage 2 complaints responded to in 2024/25",
        "rows": [
            ["Stage", "Upheld", "Partly upheld", "Not upheld", "Total responses"],
            ["Stage 1", "312", "196", "263", "771"],
            ["Stage 2", "33", "29", "49", "111"],
        ],
    },
    10: {
        "caption": "Table 10: Housing Ombudsman determinations about Kestrelmoor Homes",
        "rows": [
            [
                "Year",
                "Upheld (maladministration or service failure)",
                "Not upheld (no maladministration)",
                "Premature – referred back for local resolution",
                "Closed after initial enquiries",
                "Outside jurisdiction",
                "Total determinations",
                "Uphold rate",
            ],
            ["2022/23", "3", "2", "4", "3", "1", "13", "60%"],
            ["2023/24", "5", "4", "5", "4", "2", "20", "25%"],
            ["2024/25", "7", "3", "6", "5", "2", "26", "70%"],
        ],
    },
}

FOOTNOTES = {
    3: [
        "– Not meaningful: six of the eight leasehold Stage 2 complaints escalated from Stage 1 complaints "
        "received in 2023/24, after the annual service charge statements."
    ],
    10: ["Uphold rate: cases upheld as a share of the cases the Ombudsman investigated."],
}

H, P, T = "heading", "paragraph", "table"

BODY = [
    (H, "Foreword from our Member Responsible for Complaints"),
    (
        P,
        "This is the first year in which the Housing Ombudsman's Complaint Handling Code has been "
        "statutory, and the Board has used it to look hard at how we listen to residents. As the Member "
        "Responsible for Complaints (MRC) I meet the Head of Customer Experience every quarter, read a "
        "sample of responses, and report to the Board on what we are learning. Complaints rose this year, "
        "but so did the share answered on time, and residents' satisfaction with how we handle complaints "
        "improved.",
    ),
    (H, "1. About this report"),
    (
        P,
        "1.1 Kestrelmoor Homes owns and manages 12,140 homes (12,085 a year earlier). Section 8 of the Code "
        "asks every landlord to produce an annual complaints performance and service improvement report for "
        "its governing body, to publish it with the governing body's response, and to complete an annual "
        "self-assessment against the Code. Our 2024/25 self-assessment is published alongside this report.",
    ),
    (H, "2. How we handle complaints"),
    (
        P,
        "2.1 Our policy has the two stages the Code requires. At Stage 1 we acknowledge a complaint within "
        "5 working days of receiving it and respond within 10 working days of the acknowledgement. Where "
        "there is a good reason we may extend the response time by up to a further 10 working days, and we "
        "agree this with the resident.",
    ),
    (
        P,
        "2.2 A resident who is unhappy with our Stage 1 response can ask for Stage 2. We acknowledge the "
        "request within 5 working days and respond within 20 working days of the acknowledgement, with a "
        "further 20 working days where an extension is justified. Our Stage 2 response is our final "
        "response, after which the resident may refer the complaint to the Housing Ombudsman.",
    ),
    (
        P,
        "2.3 We also hold ourselves to a local target, stricter than the Code, of sending Stage 1 responses "
        "within 7 working days, because most repairs complaints can be put right quickly once an officer "
        "speaks to the resident.",
    ),
    (H, "3. Complaints received"),
    (T, 1),
    (
        P,
        "3.1 We received 786 Stage 1 complaints, 12% more than the 702 of 2023/24, and 118 Stage 2 "
        "complaints (87 last year). Part of the rise came from our damp and mould campaign, which "
        "encouraged residents to tell us about problems, and part from a change of repairs contractor in "
        "the north of the district.",
    ),
    (T, 2),
    (
        P,
        "3.2 Our Tenant Satisfaction Measures show 64.7 Stage 1 complaints per 1,000 homes, up from 58.1, "
        "while the share of Stage 1 responses sent within the Code's timescales rose from 81.4% to 88.6%. "
        "Satisfaction with our approach to handling complaints rose to 34.6%, still below where we want it "
        "to be.",
    ),
    (H, "4. Complaints by service area and escalation"),
    (T, 3),
    (
        P,
        "4.1 Responsive repairs accounted for half of all Stage 1 complaints (392 of 786). Overall, the 118 "
        "Stage 2 complaints were 15% of the 786 Stage 1 complaints received. Damp and mould stands out: 48 "
        "Stage 2 complaints against 121 at Stage 1 (40%), because residents often escalated when remedial "
        "works could not start until a property had dried out.",
    ),
    (T, 4),
    (
        P,
        "4.2 Because a complaint can be escalated some weeks after its Stage 1 response, Table 4 follows "
        "the 688 Stage 1 complaints closed in 2023/24 to the end of 2024/25: 85 of them (12%) went on to "
        "Stage 2.",
    ),
    (H, "5. Timeliness"),
    (T, 5),
    (
        P,
        "5.1 We acknowledged 97% of Stage 1 complaints within 5 working days. Under the Code, Stage 1 "
        "responses must be sent within 15 working days of the acknowledgement, and 89% of ours were, "
        "counting those sent within an extension agreed with the resident.",
    ),
    (T, 6),
    (T, 7),
    (
        P,
        "5.2 Just over seven in ten Stage 1 responses (548 of 771, 71%) were sent within our statutory "
        "Stage 1 response timescale of 7 working days. Performance was weakest in the first half of the "
        "year, while the new repairs contractor mobilised, and improved once weekly case reviews began in "
        "October.",
    ),
    (T, 8),
    (
        P,
        "5.3 At Stage 2, 88 of the 111 responses (79%) met the Code's timescale, up from 72.5% in 2023/24. "
        "Late Stage 2 responses were mostly damp and mould cases awaiting a surveyor's report.",
    ),
    (H, "6. Outcomes and putting things right"),
    (T, 9),
    (
        P,
        "6.1 We upheld all or part of 508 Stage 1 complaints (66%) and 62 Stage 2 complaints (56%). We paid "
        "£86,420 in compensation and goodwill payments, most of it for delayed repairs and for time and "
        "trouble, and we apologised in every case where we found a failing.",
    ),
    (H, "7. The Housing Ombudsman"),
    (T, 10),
    (
        P,
        "7.1 In 2024/25 the Ombudsman investigated ten of our cases and found maladministration or service "
        "failure in seven (70%). In 2022/23 it had upheld three of the five cases it investigated (60%). "
        "Every order made this year was complied with within the time the Ombudsman set.",
    ),
    (H, "8. Learning and service improvement"),
    (
        P,
        "8.1 What residents told us led to changes: a damp and mould case manager now follows each report "
        "from the first visit to the post-works check; repairs appointments are confirmed by text the day "
        "before; and service charge statements now explain every change from the previous year.",
    ),
    (
        P,
        "8.2 Our self-assessment found us compliant with every mandatory provision of the Code except the "
        "timescales, where we remain short of full compliance. Our action plan for 2025/26 sets out how we "
        "will close that gap, and the Board will review it at every quarterly meeting.",
    ),
    (H, "9. The Board's response"),
    (
        P,
        "9.1 The Board welcomes the improvement in timeliness and the learning set out above. It asks for "
        "quarterly reports on damp and mould complaints, on escalation to Stage 2 and on the actions in the "
        "self-assessment, and it thanks the residents whose complaints have helped us improve.",
    ),
]

__all__ = ["BODY", "BORDERLESS", "FOOTNOTES", "SUBTITLE", "TABLES", "TITLE"]
