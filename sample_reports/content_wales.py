"""Cyngor Sir Dyffryn Tawel / Dyffryn Tawel County Council (a fictional Welsh county council): Social Services
Complaints and Representations Annual Report 2023/24, under the Social Services Complaints Procedure (Wales)
Regulations 2014 and the Representations Procedure (Wales) Regulations 2014 (two stages, then the PSOW).
Every figure is invented; the report carries planted timescale (TIM) and escalation (ESC) errors, each listed
with its correct counterparts in planted_tim_esc.md. All other arithmetic is meant to be right."""

TITLE = "Social Services Complaints and Representations Annual Report 2023/24"
SUBTITLE = (
    "Cyngor Sir Dyffryn Tawel / Dyffryn Tawel County Council – report of the Head of Customer Feedback "
    "to the Social Care, Health and Well-being Scrutiny Committee, 19 September 2024"
)

BORDERLESS = {1, 3}

TABLES = {
    1: {
        "caption": "Table 1: Complaints and representations received, 2022/23 and 2023/24",
        "rows": [
            ["Type", "2022/23", "2023/24", "% change"],
            ["Stage 1 – Local Resolution", "196", "210", "+7%"],
            ["Stage 2 – Formal Investigation", "16", "19", "+19%"],
            ["Complaints referred to the PSOW", "11", "9", "-18%"],
            ["Children's representations", "34", "41", "+21%"],
            ["Total", "257", "279", "+9%"],
        ],
    },
    2: {
        "caption": "Table 2: Stage 1 and Stage 2 complaints received in 2023/24, by team",
        "rows": [
            ["Team", "Stage 1 (Local Resolution)", "Stage 2 (Formal Investigation)"],
            ["Adults – Community Teams", "62", "4"],
            ["Adults – Residential and Day Services", "27", "2"],
            ["Adults – Reablement and Home Care", "33", "2"],
            ["Adults – Commissioned Care Providers", "3", "4"],
            ["Children – Safeguarding and Family Support", "46", "3"],
            ["Children – Looked After Children and Fostering", "29", "3"],
            ["Children – Disabled Children's Team", "10", "1"],
            ["Total", "210", "19"],
        ],
    },
    3: {
        "caption": "Table 3: Main subject of Stage 1 complaints received in 2023/24",
        "rows": [
            ["Subject", "Adults", "Children", "Total", "% of total"],
            ["Quality of care or service", "38", "14", "52", "25%"],
            ["Communication", "29", "21", "50", "24%"],
            ["Assessment, care planning and decisions", "24", "19", "43", "20%"],
            ["Staff attitude or conduct", "14", "12", "26", "12%"],
            ["Delay in providing a service", "13", "9", "22", "10%"],
            ["Charging and financial assessment", "5", "0", "5", "2%"],
            ["Contact arrangements", "0", "8", "8", "4%"],
            ["Other", "2", "2", "4", "2%"],
            ["Total", "125", "85", "210", "100%"],
        ],
    },
    4: {
        "caption": "Table 4: Outcome of Stage 1 complaints closed in 2023/24",
        "rows": [
            ["Service", "Upheld", "Partly upheld", "Not upheld", "Withdrawn", "Total"],
            ["Adult Services", "22", "35", "53", "12", "122"],
            ["Children's Services", "11", "23", "39", "8", "81"],
            ["Total", "33", "58", "92", "20", "203"],
            ["% of total", "16%", "29%", "45%", "10%", "100%"],
        ],
    },
    5: {
        "caption": "Table 5: Timeliness against the statutory timescales, 2023/24",
        "rows": [
            [
                "Service and stage",
                "Timescale (working days)",
                "Cases",
                "Within timescale",
                "% within timescale",
            ],
            ["All services – Stage 1 acknowledgement", "2", "210", "203", "97%"],
            ["Adult Services – Stage 1 local resolution discussion", "10", "122", "99", "81%"],
            ["Adult Services – Stage 1 written resolution", "5", "122", "106", "87%"],
            ["Children's Services – Stage 1 local resolution discussion", "20", "81", "68", "84%"],
            ["Children's Services – Stage 1 written resolution", "5", "81", "70", "86%"],
            ["All services – Stage 2 formal investigation response", "25", "17", "10", "59%"],
        ],
    },
    6: {
        "caption": "Table 6: Time taken to hold the local resolution discussion, by quarter, 2023/24",
        "rows": [
            [
                "Quarter",
                "Stage 1 complaints closed",
                "Within 10 working days",
                "11 to 20 working days",
                "Over 20 working days",
            ],
            ["Quarter 1 (April to June 2023)", "54", "45", "7", "2"],
            ["Quarter 2 (July to September 2023)", "47", "38", "6", "3"],
            ["Quarter 3 (October to December 2023)", "51", "40", "7", "3"],
            ["Quarter 4 (January to March 2024)", "51", "44", "6", "1"],
        ],
    },
    7: {
        "caption": "Table 7: Responses in time, 2022/23 and 2023/24",
        "rows": [
            ["Stage and year", "Responses", "Responded in time", "% in time"],
            ["Stage 1 local resolution discussion, 2022/23", "188", "146", "78%"],
            ["Stage 1 local resolution discussion, 2023/24", "203", "167", "82%"],
            ["Stage 2 formal investigation, 2022/23", "14", "6", "43%"],
            ["Stage 2 formal investigation, 2023/24", "17", "10", "53%"],
        ],
    },
    8: {
        "caption": "Table 8: Stage 2 formal investigations completed in 2023/24, by service",
        "rows": [
            ["Service", "Investigations completed", "% of investigations completed within 25 working days"],
            ["Adult Services", "9", "50%"],
            ["Children's Services", "8", "75%"],
            ["All services", "17", "59%"],
        ],
    },
    9: {
        "caption": (
            "Table 9: Stage 1 complaints closed in 2023/24 – how many of them were escalated to Stage 2, "
            "by team"
        ),
        "rows": [
            ["Team", "Stage 1 complaints closed", "Of which escalated to Stage 2"],
            ["Adults – Community Teams", "60", "4"],
            ["Adults – Residential and Day Services", "26", "2"],
            ["Adults – Reablement and Home Care", "33", "2"],
            ["Adults – Commissioned Care Providers", "3", "4"],
            ["Children – Safeguarding and Family Support", "45", "3"],
            ["Children – Looked After Children and Fostering", "28", "2"],
            ["Children – Disabled Children's Team", "8", "0"],
            ["Total", "203", "17"],
        ],
    },
    10: {
        "caption": (
            "Table 10: Complaints about the Council's social services decided by the Public Services "
            "Ombudsman for Wales"
        ),
        "rows": [
            ["Outcome", "2022/23", "2023/24"],
            ["Out of jurisdiction", "2", "1"],
            ["Premature – referred back to the Council for local resolution", "3", "2"],
            ["Closed after initial consideration", "3", "4"],
            ["Early resolution or voluntary settlement", "1", "2"],
            ["Investigated – upheld (in whole or in part)", "1", "1"],
            ["Investigated – not upheld", "2", "3"],
            ["Total decisions", "12", "16"],
        ],
    },
}

FOOTNOTES = {
    2: [
        "Stage 2 includes requests for a formal investigation made without first going through Local "
        "Resolution, and escalations of Stage 1 complaints received in 2022/23."
    ],
    10: ["Decisions made in the year; the PSOW may decide a complaint in a later year than it receives it."],
}

H, P, T = "heading", "paragraph", "table"

BODY = [
    (H, "1. Purpose of the report"),
    (
        P,
        "1.1 This report tells Members how the Council's social services complaints and representations "
        "procedures worked between 1 April 2023 and 31 March 2024. Regulation 21 of the Social Services "
        "Complaints Procedure (Wales) Regulations 2014 requires the Council to publish an annual report "
        "drawn from the monitoring records it keeps under regulation 20, and the Representations Procedure "
        "(Wales) Regulations 2014 place the same duty on the Council for representations made by or for "
        "children.",
    ),
    (
        P,
        "1.2 Both sets of Regulations were made under the Social Services and Well-being (Wales) Act 2014. "
        "They apply to complaints about adult social care, about children's services and about care the "
        "Council arranges with independent providers. Complaints that fall outside them are handled under "
        "the Council's corporate Concerns and Complaints Policy and are not counted here.",
    ),
    (H, "2. How the procedure works"),
    (
        P,
        "2.1 The procedure has two stages. Under regulation 15 the Council must acknowledge a complaint "
        "within 2 working days, and the acknowledgement must tell the complainant that they may ask for a "
        "formal investigation straight away. Under regulation 16 the Council must offer to discuss the "
        "complaint within 10 working days of the acknowledgement; where the discussion resolves it, the "
        "Council must confirm the terms of the resolution in writing within 5 working days.",
    ),
    (
        P,
        "2.2 A complainant who is not satisfied with Local Resolution, or who asks for it from the outset, "
        "receives a Formal Investigation (Stage 2) by an Independent Investigator, and the Council must "
        "send its written response within 25 working days of the request. After Stage 2, or earlier at the "
        "Ombudsman's discretion, a complainant may go to the Public Services Ombudsman for Wales (PSOW).",
    ),
    (
        P,
        "2.3 Alongside the statutory timescales, the Council sets its own local target of holding the local "
        "resolution discussion within 7 working days of the acknowledgement, so that most complaints are "
        "settled well inside the time the Regulations allow.",
    ),
    (H, "3. Summary of activity"),
    (T, 1),
    (
        P,
        "3.1 Stage 1 complaints rose by 7%, from 196 to 210, and Stage 2 complaints from 16 to 19. Fewer "
        "complaints went to the PSOW (9 against 11). Children's representations, most of them made with the "
        "help of an advocate, rose from 34 to 41. The service also received 167 compliments, up from 152. "
        "Six complaints were made in Welsh and each was answered in Welsh.",
    ),
    (T, 2),
    (
        P,
        "3.2 Four Stage 2 complaints concerned commissioned care providers although only three Stage 1 "
        "complaints about them were received: two complainants asked for a formal investigation straight "
        "away, as regulation 15 allows, and one escalation came from a complaint made in 2022/23.",
    ),
    (H, "4. Stage 1 – Local Resolution"),
    (T, 3),
    (
        P,
        "4.1 Quality of care and communication together account for almost half of all Stage 1 complaints. "
        "Complaints about contact arrangements all concerned children looked after, and most complaints "
        "about charging followed the annual review of non-residential care charges.",
    ),
    (T, 4),
    (
        P,
        "4.2 Of the 203 Stage 1 complaints closed, 91 (45%) were upheld in full or in part: 57 of 122 in "
        "Adult Services (47%) and 34 of 81 in Children's Services (42%). Twenty complaints were withdrawn, "
        "usually because the matter was put right before the discussion took place.",
    ),
    (H, "5. Timeliness"),
    (T, 5),
    (
        P,
        "5.1 Almost all complaints (97%) were acknowledged within 2 working days. Across both services, 131 "
        "of the 203 local resolution discussions (65%) took place within the statutory timescale of 7 "
        "working days, and 167 (82%) within 10 working days.",
    ),
    (T, 6),
    (
        P,
        "5.2 Most late discussions were in the third quarter, when two senior practitioner posts in the "
        "community teams were vacant. Delays of more than 20 working days were nearly always agreed with "
        "the complainant because a family member was unavailable.",
    ),
    (T, 7),
    (H, "6. Stage 2 – Formal Investigation"),
    (
        P,
        "6.1 The Council received 19 requests for a formal investigation and completed 17 investigations; "
        "two were still open at 31 March 2024. Of the 17, 3 were upheld, 6 partly upheld and 8 not upheld.",
    ),
    (T, 8),
    (
        P,
        "6.2 The Regulations require the Council to respond to a formal investigation within 20 working "
        "days of the request. Ten of the 17 responses (59%) were sent on time, an improvement on 43% in "
        "2022/23; the late investigations were complex cases in which the Independent Investigator needed "
        "further interviews, and each complainant was told of the delay and the reason for it.",
    ),
    (H, "7. Escalation"),
    (T, 9),
    (
        P,
        "7.1 Of the 203 Stage 1 complaints closed during the year, 17 (8%) have so far been escalated to "
        "Stage 2: 12 of 122 in Adult Services (10%) and 5 of 81 in Children's Services (6%).",
    ),
    (
        P,
        "7.2 The 19 Stage 2 complaints received represent an escalation rate of 12% of all 210 Stage 1 "
        "complaints received. In 2022/23 the 16 Stage 2 complaints were 8% of the 196 Stage 1 complaints, "
        "so Local Resolution continues to settle the great majority of complaints.",
    ),
    (H, "8. Public Services Ombudsman for Wales"),
    (T, 10),
    (
        P,
        "8.1 In 2023/24 the Ombudsman investigated four complaints about the Council's social services and "
        "upheld one, an uphold rate of 25%. The upheld complaint concerned delay in completing a carer's "
        "assessment; the Council apologised, paid £250 for the time and trouble caused, and has reviewed "
        "how carers' assessments are allocated.",
    ),
    (
        P,
        "8.2 In 2022/23 the Ombudsman upheld one of the 12 complaints it decided, an uphold rate of 8%. Two "
        "early resolutions in 2023/24 were agreed without investigation: in each the Council offered to "
        "reconsider a decision it had already made.",
    ),
    (H, "9. Learning from complaints"),
    (
        P,
        "9.1 Lessons this year led to a shared checklist for care and support plan reviews, a named contact "
        "for every family whose child moves between teams, and clearer letters explaining charges for "
        "non-residential care. Managers review the learning log each quarter and report progress to the "
        "Directorate Management Team.",
    ),
    (
        P,
        "9.2 Children and young people who wish to make a representation are offered an independent "
        "professional advocate through the regional advocacy service; 28 of the 41 representations were "
        "made with an advocate's help.",
    ),
    (H, "10. Recommendation"),
    (
        P,
        "10.1 Members are asked to note the report and the improvement in timeliness, and to support the "
        "actions set out in section 9 to reduce delay at Local Resolution.",
    ),
]

__all__ = ["BODY", "BORDERLESS", "FOOTNOTES", "SUBTITLE", "TABLES", "TITLE"]
