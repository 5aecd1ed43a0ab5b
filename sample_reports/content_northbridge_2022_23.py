"""Northbridge Borough Council (a fictional English unitary council): Children's Social Care Complaints and
Representations Annual Report 2022/23, under the Children Act 1989 Representations Procedure (England)
Regulations 2006 (SI 2006/1738) and the statutory guidance Getting the Best from Complaints (three stages,
then the LGSCO), with the corporate complaints about children's services handled outside that procedure.
Every figure is invented; planted errors listed in planted_claims.md. This report, the first of a pair with
content_northbridge_2023_24.py, carries none: it is the previous year's report the 2023/24 report's
prior-year figures are compared with, and every sum, share, change and narrative figure in it is meant to
be right."""

TITLE = "Northbridge Borough Council – Children's Social Care Complaints and Representations Annual Report 2022/23"
SUBTITLE = (
    "Report of the Head of Customer Experience and Complaints to the Children and Young People Scrutiny "
    "Committee, 12 October 2023"
)

BORDERLESS = {3, 10}

TABLES = {
    1: {
        "caption": "Table 1: Complaints received about children's services, 2021/22 and 2022/23",
        "rows": [
            ["Type of complaint", "2021/22", "2022/23", "Direction of travel"],
            ["Stage 1 – Local Resolution", "76", "94", "+24%"],
            ["Stage 2 – Independent Investigation", "11", "14", "+27%"],
            ["Stage 3 – Review Panel", "2", "1", "-50%"],
            ["Corporate complaints (children's services)", "51", "58", "+14%"],
            ["Total number of complaints received", "140", "167", "+19%"],
        ],
    },
    2: {
        "caption": "Table 2: Stage 1 complaints received, by service area",
        "rows": [
            ["Service area", "2021/22", "2022/23"],
            ["Front Door, MASH and Assessment", "12", "15"],
            ["Children in Need and Child Protection", "24", "31"],
            ["Children in Care and Care Leavers", "20", "25"],
            ["Fostering and Adoption", "8", "9"],
            ["Disabled Children's Service", "8", "9"],
            ["Youth Justice and Adolescent Services", "4", "5"],
            ["Total", "76", "94"],
        ],
    },
    3: {
        "caption": "Table 3: Complaints received by quarter, 2022/23",
        "rows": [
            ["Quarter", "Statutory complaints (all stages)", "Corporate complaints", "Total complaints"],
            ["Quarter 1 (April to June 2022)", "27", "13", "40"],
            ["Quarter 2 (July to September 2022)", "30", "16", "46"],
            ["Quarter 3 (October to December 2022)", "25", "14", "39"],
            ["Quarter 4 (January to March 2023)", "27", "15", "42"],
            ["Total", "109", "58", "167"],
        ],
    },
    4: {
        "caption": "Table 4: Issues raised in Stage 1 complaints, 2022/23",
        "rows": [
            ["Issue", "Number of issues", "% of total"],
            ["Communication and information", "26", "24%"],
            ["Quality of service or support", "21", "19%"],
            ["Decisions and assessment outcomes", "17", "15%"],
            ["Contact arrangements", "14", "13%"],
            ["Staff attitude or conduct", "12", "11%"],
            ["Delay in assessment or service", "9", "8%"],
            ["Allowances and financial support", "6", "5%"],
            ["Other", "5", "5%"],
            ["Total", "110", "100%"],
        ],
    },
    5: {
        "caption": "Table 5: Outcome of complaints closed in 2022/23, by stage",
        "rows": [
            ["Stage", "Upheld", "Partly upheld", "Not upheld", "Withdrawn", "Total closed"],
            ["Stage 1 – Local Resolution", "12", "21", "49", "9", "91"],
            ["Stage 2 – Independent Investigation", "3", "5", "5", "0", "13"],
            ["Stage 3 – Review Panel", "0", "1", "0", "0", "1"],
            ["Total", "15", "27", "54", "9", "105"],
            ["% of total", "14%", "26%", "51%", "9%", "100%"],
        ],
    },
    6: {
        "caption": "Table 6: Timeliness against the statutory timescales, 2022/23",
        "rows": [
            ["Stage and step", "Timescale (working days)", "Cases", "Within timescale", "% within timescale"],
            ["Stage 1 response", "10", "91", "60", "66%"],
            ["Stage 1 response (with extension)", "20", "91", "82", "90%"],
            ["Stage 2 response", "25", "13", "4", "31%"],
            ["Stage 2 response (with extension)", "65", "13", "11", "85%"],
            ["Stage 3 Review Panel meeting", "30", "1", "1", "100%"],
            ["Stage 3 panel report", "5", "1", "1", "100%"],
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
            ["2021/22", "73", "10", "14%", "10", "2", "20%"],
            ["2022/23", "91", "12", "13%", "13", "1", "8%"],
        ],
    },
    8: {
        "caption": (
            "Table 8: Decisions of the Local Government and Social Care Ombudsman about children's social care"
        ),
        "rows": [
            ["Decision", "2021/22", "2022/23"],
            ["Advice given", "0", "1"],
            ["Closed after initial enquiries", "3", "3"],
            ["Incomplete or invalid", "0", "0"],
            ["Referred back for local resolution", "1", "1"],
            ["Investigated – upheld", "2", "3"],
            ["Investigated – not upheld", "1", "1"],
            ["Total decisions", "7", "9"],
            ["Uphold rate", "67%", "75%"],
        ],
    },
    9: {
        "caption": "Table 9: Corporate complaints about children's services, by service area",
        "rows": [
            ["Service area", "2021/22", "2022/23"],
            ["Special educational needs and disabilities (SEND)", "17", "19"],
            ["Early Help and Family Hubs", "9", "11"],
            ["School admissions and home to school transport", "11", "12"],
            ["Youth services", "4", "5"],
            ["Children's social care (outside the statutory procedure)", "10", "11"],
            ["Total", "51", "58"],
        ],
    },
    10: {
        "caption": "Table 10: Compliments, comments and other feedback about children's services",
        "rows": [
            ["Feedback", "2021/22", "2022/23"],
            ["Compliments received", "97", "112"],
            ["Comments and suggestions", "22", "27"],
            ["MP and councillor enquiries", "29", "34"],
            ["Referrals to the advocacy service", "38", "41"],
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
}

H, P, T = "heading", "paragraph", "table"

BODY = [
    (H, "1. Introduction"),
    (
        P,
        "1.1 This report sets out how Northbridge Borough Council dealt with complaints and representations "
        "about its children's social care services between 1 April 2022 and 31 March 2023. The Council is "
        "required to produce an annual report under the Children Act 1989 Representations Procedure "
        "(England) Regulations 2006, drawing on the records it keeps of each representation, its outcome "
        "and whether the time limits in the Regulations were met.",
    ),
    (
        P,
        "1.2 So that Members can see all the feedback the Council receives about services for children and "
        "families, the report also covers complaints that fall outside the statutory procedure and are "
        "handled under the corporate complaints policy. No child or family can be identified from anything "
        "in it.",
    ),
    (H, "2. How the statutory procedure works"),
    (
        P,
        "2.1 The 2006 Regulations and the statutory guidance Getting the Best from Complaints set out three "
        "stages. At Stage 1 (Local Resolution) the manager of the service tries to resolve the complaint "
        "within 10 working days. Where a complaint is complex, or the child needs an advocate, this can be "
        "extended by up to 10 more working days, to a maximum of 20 working days.",
    ),
    (
        P,
        "2.2 A complainant who is unhappy with the Stage 1 response may ask for a Stage 2 investigation "
        "within 20 working days of receiving it. An Investigating Officer from outside the service looks "
        "into the complaint, an Independent Person makes sure the investigation is open and fair, and a "
        "senior manager sends the adjudication response. Stage 2 should be finished within 25 working days "
        "and must be finished within 65 working days.",
    ),
    (
        P,
        "2.3 A complainant who is still dissatisfied may ask, within 20 working days of the adjudication, "
        "for a Stage 3 Review Panel of three independent people. The panel must meet within 30 working days "
        "of the request and send its report within 5 working days of meeting, and the Director of "
        "Children's Services must respond to its recommendations within 15 working days. The complainant "
        "may then take the matter to the Local Government and Social Care Ombudsman (LGSCO).",
    ),
    (H, "3. Summary of complaints received"),
    (T, 1),
    (
        P,
        "3.1 The Council received 94 Stage 1 complaints in 2022/23, compared to 76 in 2021/22, an increase "
        "of 24%. Fourteen complaints went on to Stage 2, up from 11 the year before, and one complaint was "
        "heard by a Stage 3 Review Panel, down by one on 2021/22.",
    ),
    (
        P,
        "3.2 In all, the Council handled a total of 109 cases (the total of Stage 1, 2 and 3 cases) under "
        "the statutory procedure. Together with the corporate complaints about children's services, 167 "
        "complaints were received during the year (109 statutory and 58 corporate).",
    ),
    (T, 2),
    (
        P,
        "3.3 Nearly a third of Stage 1 complaints (31 of 94) concerned the Children in Need and Child "
        "Protection service. Most of the increase came in the summer of 2022, when the Family Safeguarding "
        "teams were reorganised and many families had a change of social worker.",
    ),
    (T, 3),
    (
        P,
        "3.4 The second quarter was the busiest of the year. Numbers fell back in the autumn once families "
        "affected by the reorganisation had been introduced to their new workers.",
    ),
    (H, "4. Stage 1 – Local Resolution"),
    (T, 4),
    (
        P,
        "4.1 Communication and information remained the issue raised most often, in 26 of the 110 issues "
        "recorded (24%). Parents told us that they were not always kept informed when meetings were moved, "
        "and that it was hard to reach a social worker who was in court or on a visit.",
    ),
    (T, 5),
    (
        P,
        "4.2 Of the 91 Stage 1 complaints closed during the year, 33 (36%) were upheld in full or in part, "
        "and 12 of the 91 (13%) were upheld in full. Nine were withdrawn, usually because the family and "
        "the social worker had sorted out the problem before the response was due.",
    ),
    (H, "5. Who made the complaints"),
    (
        P,
        "5.1 Half of the Stage 1 complaints (47 of 94) were made by parents. Fifteen were made by children "
        "and young people themselves, eight of them with the help of an advocate from the advocacy service "
        "the Council commissions; the rest came from foster carers, grandparents and other relatives.",
    ),
    (H, "6. Responding on time"),
    (T, 6),
    (
        P,
        "6.1 In 2022/23, 60 of the 91 Stage 1 responses (66%) were sent within 10 working days, and 82 "
        "(90%) within the 20 working days allowed when the timescale is extended. Late responses were "
        "concentrated in the reorganised safeguarding teams during the second quarter.",
    ),
    (
        P,
        "6.2 Only 4 of the 13 Stage 2 investigations (31%) were completed within 25 working days, although "
        "11 (85%) were completed within the 65 working day limit. The Council has found it hard to secure "
        "Independent Persons and external Investigating Officers at short notice, and has now joined a "
        "regional framework for commissioning them.",
    ),
    (H, "7. Stage 2 and Stage 3"),
    (
        P,
        "7.1 Of the 13 Stage 2 investigations completed, 8 (62%) were upheld in full or in part. The "
        "complaints that were upheld mostly concerned the quality of assessments and the way decisions had "
        "been explained to families.",
    ),
    (
        P,
        "7.2 The one Stage 3 Review Panel met within the statutory timescale and sent its report on time. "
        "It partly upheld the complaint, about arrangements for a child's contact with a brother in another "
        "placement, and the Director accepted all three of its recommendations.",
    ),
    (H, "8. Escalation"),
    (T, 7),
    (
        P,
        "8.1 The 14 Stage 2 complaints received were equivalent to 15% of the 94 Stage 1 complaints "
        "received. Of the 91 Stage 1 complaints closed in the year, 12 (13%) were escalated to Stage 2, a "
        "slightly lower share than in 2021/22.",
    ),
    (H, "9. Local Government and Social Care Ombudsman"),
    (T, 8),
    (
        P,
        "9.1 The Ombudsman made 9 decisions about the Council's children's social care services in "
        "2022/23, compared to 7 in 2021/22. It upheld 3 of the 4 complaints it investigated in detail "
        "(75%). Each upheld complaint concerned delay at Stage 2, and in each the Council agreed to the "
        "Ombudsman's recommendations within the time allowed.",
    ),
    (
        P,
        "9.2 Across all stages the Council paid financial remedies of £5,450, an increase of £700 on the "
        "previous year (£4,750). Most of the increase was for time and trouble caused by delayed Stage 2 "
        "investigations.",
    ),
    (H, "10. Corporate complaints about children's services"),
    (T, 9),
    (
        P,
        "10.1 The Council received 58 corporate complaints about children's services, up from 51 in "
        "2021/22, an increase of 14%. Complaints about special educational needs and disabilities remained "
        "the largest group, most of them about delays in issuing Education, Health and Care Plans.",
    ),
    (H, "11. Compliments and other feedback"),
    (T, 10),
    (
        P,
        "11.1 Compliments rose to 112, an increase of 15% from 97 in 2021/22. Many thanked individual "
        "social workers and foster carers by name, and the Director has written to each member of staff "
        "concerned.",
    ),
    (H, "12. Learning from complaints"),
    (
        P,
        "12.1 Each upheld complaint has an action plan agreed with the service manager. This year the "
        "actions included a standard letter telling families when their social worker changes, a "
        "checklist for explaining contact decisions to children, and clearer guidance on allowances for "
        "connected carers.",
    ),
    (
        P,
        "12.2 The Children's Services Leadership Team reviews the learning log every quarter. Learning from "
        "Stage 2 and Ombudsman cases is shared at practice weeks for social workers and team managers.",
    ),
    (H, "13. Recommendation"),
    (
        P,
        "13.1 The Committee is asked to note the report, and to support the work under way to improve the "
        "timeliness of Stage 2 investigations.",
    ),
]

__all__ = ["BODY", "BORDERLESS", "FOOTNOTES", "SUBTITLE", "TABLES", "TITLE"]
