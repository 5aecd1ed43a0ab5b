"""Northbridge Borough Council (a fictional English unitary council): Children's Social Care Complaints and
Representations Annual Report 2023/24, under the Children Act 1989 Representations Procedure (England)
Regulations 2006 (SI 2006/1738) and the statutory guidance Getting the Best from Complaints (three stages,
then the LGSCO), with the corporate complaints about children's services handled outside that procedure.
Every figure is invented; planted errors listed in planted_claims.md: narrative figures against the tables
(TXT), one quantity printed differently in two tables (XTB) and prior-year figures that differ from the
2022/23 report (content_northbridge_2022_23.py, XDC). All other arithmetic is meant to be right."""

TITLE = "Northbridge Borough Council – Children's Social Care Complaints and Representations Annual Report 2023/24"
SUBTITLE = (
    "Report of the Head of Customer Experience and Complaints to the Children and Young People Scrutiny "
    "Committee, 10 October 2024"
)

BORDERLESS = {3, 10}

TABLES = {
    1: {
        "caption": "Table 1: Complaints received about children's services, 2022/23 and 2023/24",
        "rows": [
            ["Type of complaint", "2022/23", "2023/24", "Direction of travel"],
            ["Stage 1 – Local Resolution", "94", "87", "-7%"],
            ["Stage 2 – Independent Investigation", "14", "17", "+21%"],
            ["Stage 3 – Review Panel", "1", "3", "+200%"],
            ["Corporate complaints (children's services)", "58", "63", "+9%"],
            ["Total number of complaints received", "167", "170", "+2%"],
        ],
    },
    2: {
        "caption": "Table 2: Stage 1 complaints received, by service area",
        "rows": [
            ["Service area", "2022/23", "2023/24"],
            ["Front Door, MASH and Assessment", "15", "13"],
            ["Children in Need and Child Protection", "31", "26"],
            ["Children in Care and Care Leavers", "25", "27"],
            ["Fostering and Adoption", "9", "8"],
            ["Disabled Children's Service", "9", "9"],
            ["Youth Justice and Adolescent Services", "5", "3"],
            ["Total", "94", "86"],
        ],
    },
    3: {
        "caption": "Table 3: Complaints received by quarter, 2023/24",
        "rows": [
            ["Quarter", "Statutory complaints (all stages)", "Corporate complaints", "Total complaints"],
            ["Quarter 1 (April to June 2023)", "26", "15", "41"],
            ["Quarter 2 (July to September 2023)", "29", "17", "46"],
            ["Quarter 3 (October to December 2023)", "24", "14", "38"],
            ["Quarter 4 (January to March 2024)", "28", "17", "45"],
            ["Total", "107", "63", "170"],
        ],
    },
    4: {
        "caption": "Table 4: Issues raised in Stage 1 complaints, 2023/24",
        "rows": [
            ["Issue", "Number of issues", "% of total"],
            ["Communication and information", "29", "25%"],
            ["Quality of service or support", "20", "18%"],
            ["Decisions and assessment outcomes", "18", "16%"],
            ["Contact arrangements", "16", "14%"],
            ["Delay in assessment or service", "11", "10%"],
            ["Staff attitude or conduct", "10", "9%"],
            ["Other", "6", "5%"],
            ["Allowances and financial support", "4", "4%"],
            ["Total", "114", "100%"],
        ],
    },
    5: {
        "caption": "Table 5: Outcome of complaints closed in 2023/24, by stage",
        "rows": [
            ["Stage", "Upheld", "Partly upheld", "Not upheld", "Withdrawn", "Total closed"],
            ["Stage 1 – Local Resolution", "14", "22", "41", "8", "85"],
            ["Stage 2 – Independent Investigation", "4", "6", "5", "0", "15"],
            ["Stage 3 – Review Panel", "1", "1", "1", "0", "3"],
            ["Total", "19", "29", "47", "8", "103"],
            ["% of total", "18%", "28%", "46%", "8%", "100%"],
        ],
    },
    6: {
        "caption": "Table 6: Timeliness against the statutory timescales, 2023/24",
        "rows": [
            ["Stage and step", "Timescale (working days)", "Cases", "Within timescale", "% within timescale"],
            ["Stage 1 response", "10", "85", "62", "73%"],
            ["Stage 1 response (with extension)", "20", "85", "79", "93%"],
            ["Stage 2 response", "25", "15", "6", "40%"],
            ["Stage 2 response (with extension)", "65", "15", "14", "93%"],
            ["Stage 3 Review Panel meeting", "30", "3", "2", "67%"],
            ["Stage 3 panel report", "5", "3", "3", "100%"],
        ],
    },
    7: {
        "caption": "Table 7: Complaints closed at each stage and how many were escalated to the next stage",
        "rows": [
            [
                "Year",
                "Stage 1 complaints closed",
                "Of which escalated to Stage 2",
                "% escalated to Stage 2",
                "Stage 2 complaints closed",
                "Of which escalated to Stage 3",
                "% escalated to Stage 3",
            ],
            ["2022/23", "91", "12", "13%", "13", "1", "8%"],
            ["2023/24", "85", "13", "15%", "15", "3", "20%"],
        ],
    },
    8: {
        "caption": (
            "Table 8: Decisions of the Local Government and Social Care Ombudsman about children's social care"
        ),
        "rows": [
            ["Decision", "2022/23", "2023/24"],
            ["Advice given", "1", "1"],
            ["Closed after initial enquiries", "3", "4"],
            ["Incomplete or invalid", "0", "1"],
            ["Referred back for local resolution", "1", "1"],
            ["Investigated – upheld", "3", "4"],
            ["Investigated – not upheld", "1", "1"],
            ["Total decisions", "9", "12"],
            ["Uphold rate", "75%", "80%"],
        ],
    },
    9: {
        "caption": "Table 9: Corporate complaints about children's services, by service area",
        "rows": [
            ["Service area", "2022/23", "2023/24"],
            ["Special educational needs and disabilities (SEND)", "19", "22"],
            ["Early Help and Family Hubs", "11", "12"],
            ["School admissions and home to school transport", "12", "11"],
            ["Youth services", "5", "4"],
            ["Children's social care (outside the statutory procedure)", "11", "12"],
            ["Total", "58", "61"],
        ],
    },
    10: {
        "caption": "Table 10: Compliments, comments and other feedback about children's services",
        "rows": [
            ["Feedback", "2022/23", "2023/24"],
            ["Compliments received", "112", "131"],
            ["Comments and suggestions", "31", "25"],
            ["MP and councillor enquiries", "36", "39"],
            ["Referrals to the advocacy service", "41", "46"],
        ],
    },
}

FOOTNOTES = {
    4: ["One complaint can raise more than one issue, so the issues add up to more than the complaints."],
    7: [
        "The table follows the complaints closed in each year. Stage 2 complaints received in a year also "
        "include complaints the Council agreed to investigate at Stage 2 straight away and complaints the "
        "Ombudsman referred back to the Council as premature."
    ],
    8: [
        "Decisions made in the year; the Ombudsman may decide a complaint in a later year than it receives "
        "it. The uphold rate is upheld complaints as a share of those investigated in detail."
    ],
    10: ["Comments and suggestions: 2022/23 figure restated: late-logged comments."],
}

H, P, T = "heading", "paragraph", "table"

BODY = [
    (H, "1. Introduction"),
    (
        P,
        "1.1 This is the Council's annual report on complaints and representations about children's social "
        "care for the year from 1 April 2023 to 31 March 2024. It is published under the Children Act 1989 "
        "Representations Procedure (England) Regulations 2006, which require the Council to keep a record "
        "of every representation, what happened to it and whether it was dealt with on time, and to report "
        "on those records each year.",
    ),
    (
        P,
        "1.2 As in previous years, the report also includes complaints about services for children and "
        "families that are handled under the corporate complaints policy because they fall outside the "
        "statutory procedure. Details that could identify a child or family have been left out.",
    ),
    (H, "2. How the statutory procedure works"),
    (
        P,
        "2.1 The procedure, set out in the 2006 Regulations and in the statutory guidance Getting the Best "
        "from Complaints, has three stages. At Stage 1 (Local Resolution) the responsible manager aims to "
        "resolve the complaint within 10 working days, which can be extended by up to 10 further working "
        "days, to a maximum of 20 working days, for a complex complaint or where an advocate is involved.",
    ),
    (
        P,
        "2.2 A complainant may ask for a Stage 2 investigation within 20 working days of the Stage 1 "
        "response. The investigation is carried out by an Investigating Officer independent of the service, "
        "with an Independent Person, and ends with an adjudication response from a senior manager. It "
        "should take no more than 25 working days, and no more than 65 working days where it has to be "
        "extended.",
    ),
    (
        P,
        "2.3 At Stage 3, a Review Panel of three independent people must meet within 30 working days of the "
        "complainant's request and report within 5 working days of the meeting; the Director of Children's "
        "Services then has 15 working days to respond. A complainant who remains unhappy can go to the Local "
        "Government and Social Care Ombudsman (LGSCO).",
    ),
    (H, "3. Summary of complaints received"),
    (T, 1),
    (
        P,
        "3.1 Stage 1 complaints fell from 94 in 2022/23 to 87, a decrease of 7%. In 2023/24, 16 complaints "
        "were considered at Stage 2, compared to 14 in 2022/23. Three complaints were considered by a Stage "
        "3 Review Panel, up by one on 2022/23.",
    ),
    (
        P,
        "3.2 In all, the Council handled a total of 105 complaints (the total of Stage 1, 2 and 3 "
        "complaints) under the statutory procedure. With the corporate complaints about children's "
        "services, 170 complaints were received during the year (107 statutory and 63 corporate).",
    ),
    (T, 2),
    (
        P,
        "3.3 Nearly a third of Stage 1 complaints (27 of 87) concerned the Children in Care and Care Leavers "
        "service, where most were about placement moves and the support offered to young people leaving "
        "care. Complaints about Children in Need and Child Protection fell as the reorganised teams settled.",
    ),
    (T, 3),
    (
        P,
        "3.4 Complaints were spread more evenly across the year than in 2022/23, with a small peak in the "
        "second quarter when new school placements and transport arrangements were being made.",
    ),
    (H, "4. Stage 1 – Local Resolution"),
    (T, 4),
    (
        P,
        "4.1 Communication and information was again the issue raised most often, in 29 of the 114 issues "
        "recorded (25%). Complaints about contact arrangements rose, most of them from parents of children "
        "placed some distance from Northbridge.",
    ),
    (T, 5),
    (
        P,
        "4.2 Of the 85 Stage 1 complaints closed, 36 (42%) were upheld in full or in part. 14 of the 85 "
        "Stage 1 complaints closed (18%) were upheld in full, and 8 were withdrawn after the problem was put "
        "right before a response was due.",
    ),
    (
        P,
        "4.3 The proportion of Stage 1 complaints upheld in full or in part increased by 6% to 42% (36% in "
        "2022/23). Managers have been encouraged to accept fault early where it is clear, rather than defend "
        "a decision until Stage 2.",
    ),
    (H, "5. Who made the complaints"),
    (
        P,
        "5.1 About half of Stage 1 complaints (44 of 87) were made by parents. Complaints made by children "
        "and young people themselves rose from 15 to 20, an increase of 25%. Advocates helped with 9 of the "
        "87 Stage 1 complaints, 10% (rounded), and the advocacy service received more referrals than in any "
        "previous year.",
    ),
    (H, "6. Responding on time"),
    (T, 6),
    (
        P,
        "6.1 In 2023/24, 62 of the 85 Stage 1 responses (73%) were sent within 10 working days, up from 66% "
        "in 2022/23, and 79 (93%) within the 20 working days allowed when the timescale is extended.",
    ),
    (
        P,
        "6.2 Six of the 15 Stage 2 investigations (40%) were completed within 25 working days, and 14 (93%) "
        "within the 65 working day limit. Joining the regional framework for Investigating Officers and "
        "Independent Persons has shortened the time taken to start an investigation.",
    ),
    (
        P,
        "6.3 Two of the three Review Panels (67%) met within 30 working days of the request; the third was "
        "rearranged at the family's request. All three panels sent their reports within 5 working days.",
    ),
    (H, "7. Stage 2 and Stage 3"),
    (
        P,
        "7.1 Of the 15 Stage 2 investigations completed, 10 (67%) were upheld in full or in part. Most "
        "upheld complaints concerned the way placement decisions had been made and explained to children "
        "and their families.",
    ),
    (
        P,
        "7.2 Of the three Review Panels, one upheld the complaint, one partly upheld it and one did not "
        "uphold it. The Director accepted every recommendation, including a review of how the views of "
        "brothers and sisters are recorded when placements are planned.",
    ),
    (H, "8. Escalation"),
    (T, 7),
    (
        P,
        "8.1 The 17 Stage 2 complaints received were equivalent to 20% of the 87 Stage 1 complaints "
        "received. Of the 85 Stage 1 complaints closed in the year, 13 (15%) were escalated to Stage 2. The "
        "Council agreed to take three complaints straight to Stage 2 because they raised serious concerns "
        "about a child's care, and the Ombudsman referred one back to the Council for investigation.",
    ),
    (H, "9. Local Government and Social Care Ombudsman"),
    (T, 8),
    (
        P,
        "9.1 The Ombudsman made 12 decisions about the Council's children's social care services, compared "
        "to 9 in 2022/23, an increase of 33%. It upheld 4 of the 5 complaints it investigated in detail "
        "(80%). Four complaints were upheld, up by one on 2022/23, and the Council complied with every "
        "recommendation within the time agreed.",
    ),
    (
        P,
        "9.2 Across all stages the Council paid financial remedies of £7,850, an increase of £2,400 on the "
        "previous year (£5,450), mostly for the time and trouble caused by delay.",
    ),
    (H, "10. Corporate complaints about children's services"),
    (T, 9),
    (
        P,
        "10.1 The Council received 63 corporate complaints about children's services, compared to 58 in "
        "2022/23. Complaints about special educational needs and disabilities rose again, most of them about "
        "delays in issuing Education, Health and Care Plans.",
    ),
    (H, "11. Compliments and other feedback"),
    (T, 10),
    (
        P,
        "11.1 Compliments rose to 131, a 27% increase from 112 in 2022/23. Foster carers and personal "
        "advisers for care leavers were thanked most often.",
    ),
    (H, "12. Learning from complaints"),
    (
        P,
        "12.1 Actions agreed after upheld complaints this year included a placement-move checklist that "
        "records the child's views, a named contact for parents whose children are placed outside the "
        "borough, and a review of the leaving care allowances policy.",
    ),
    (
        P,
        "12.2 The learning log is reviewed each quarter by the Children's Services Leadership Team, and "
        "themes from Stage 2, Stage 3 and Ombudsman cases are shared with team managers at practice weeks.",
    ),
    (H, "13. Recommendation"),
    (
        P,
        "13.1 The Committee is asked to note the report, the improvement in the timeliness of Stage 1 and "
        "Stage 2 responses, and the actions set out in section 12.",
    ),
]

__all__ = ["BODY", "BORDERLESS", "FOOTNOTES", "SUBTITLE", "TABLES", "TITLE"]
