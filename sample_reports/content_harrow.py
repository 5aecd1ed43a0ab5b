"""London Borough of Harrow: Annual Complaints Report for Children and Families Services 2017/18
(appendix to a committee report). Tables and figures as published, including the publisher's own
mistakes (Table 2's 2(2%), Table 7's Total headings, Table 15's 30 (46%), Table 20's repeated year);
narrative in our own words, every number and claim kept.
Source: ../shared/seeds/harrow_childrens_complaints_2017_18.txt."""

TITLE = "Annual Complaints Report for Children and Families Services 2017/18"
SUBTITLE = "London Borough of Harrow – appendix to the committee report"

BORDERLESS = {2, 3, 14}

_SERVICES = ["Education & Commissioning", "Targeted Services", "Special Needs"]

TABLES = {
    1: {
        "caption": "Table 1: Number of Complaints by Service area: April 2017 to March 2018",
        "rows": [
            ["Service Area", "Representations", "Stage 1", "Stage 2", "Stage 3", "Ombudsman", "Total"],
            ["Targeted Services", "42", "50", "6", "0", "0", "98"],
            ["Education & Commissioning", "13", "3", "1", "0", "1", "18"],
            ["Special Needs Service", "2", "3", "0", "0", "0", "5"],
            ["Total", "57", "56", "7", "0", "1", "121"],
        ],
    },
    2: {
        "caption": "Table 2: Comparison of Complaints over the last 3 years",
        "rows": [
            ["", "Representations", "Stage 1", "Stage 2", "Stage 3", "Ombudsman", "Total"],
            ["2017/18", "57(47%)", "56(46%)", "7(6%)", "0(0%)", "1(1%)", "121"],
            ["2016/17", "72(53%)", "54(40%)", "7(5%)", "0(0%)", "2(2%)", "135"],
            ["2015/16", "57(46%)", "63(50%)", "4(3%)", "1(1%)", "0(0%)", "125"],
        ],
    },
    3: {
        "caption": "Table 3: Stage 1 Complaints Received",
        "rows": [
            ["", "2015/16", "2016/17", "2017/18"],
            ["Education & Commissioning", "7", "5", "3"],
            ["Targeted Services", "48", "46", "50"],
            ["Special Needs Services", "8", "3", "3"],
            ["Total", "63", "54", "56"],
        ],
    },
    7: {
        "caption": "Table 7: Stage 1 Complaints Outcomes",
        "header_rows": 2,
        "rows": [
            ["", "Not Upheld", "", "", "Partially Upheld", "", "", "Upheld", "", "", "Total", "", ""],
            [
                "",
                "17/18",
                "16/17",
                "15/16",
                "17/18",
                "16/17",
                "15/16",
                "17/18",
                "16/17",
                "15/16",
                "17/18",
                "15/16",
                "14/15",
            ],
            ["Education & Commissioning", "2", "3", "5", "0", "2", "1", "0", "0", "1", "2", "5", "7"],
            ["Targeted Services", "41", "29", "26", "7", "13", "11", "2", "4", "8", "50", "46", "45"],
            ["Special Needs", "2", "2", "5", "1", "1", "1", "0", "0", "2", "3", "3", "8"],
            ["Total", "45", "34", "36", "8", "16", "13", "2", "4", "11", "55", "54", "60"],
            [
                "Total of overall Stage 1 outcomes, by percentage",
                "82%",
                "63%",
                "60%",
                "14%",
                "30%",
                "22%",
                "4%",
                "7%",
                "18%",
                "",
                "",
                "",
            ],
        ],
    },
    8: {
        "caption": "Table 8: Percentage of Complaints escalating to Stage 2 (2017/18)",
        "rows": [
            ["Service", "Stage 1", "Stage 2", "% escalation"],
            ["Education & Commissioning", "3", "1", "33%"],
            ["Targeted Services", "50", "6", "12%"],
            ["Special Needs", "3", "0", "0%"],
            ["Total", "56", "7", "12%"],
        ],
    },
    9: {
        "caption": "Table 9: Escalations to stage 2 trend over time",
        "rows": [
            ["Service", "2015/16", "2016/17", "2017/18"],
            ["Education & Commissioning", "0%", "0%", "33%"],
            ["Targeted Services", "8%", "13%", "12%"],
            ["Special Needs", "0%", "33%", "0%"],
            ["Total", "6%", "12%", "12%"],
        ],
    },
    10: {
        "caption": "Table 10: Stage 2 Outcomes 2017/18",
        "rows": [
            ["Service", "Not Upheld", "Partially Upheld", "Upheld"],
            ["Education & Commissioning", "0", "1", "0"],
            ["Targeted Services", "3", "2", "0"],
            ["Special Needs", "0", "0", "0"],
            ["Total", "3", "3", "0"],
        ],
    },
    11: {
        "caption": "Table 11: Stage 2 Response Times of known outcomes",
        "rows": [
            ["Service", "Within Timescale 2017/8 (2016/17)", "Over Timescale 2017/18 (2016/17)"],
            ["Education & Commissioning", "1(0)", "0(0)"],
            ["Targeted Services", "5(5)", "0(1)"],
            ["Special Needs", "0(1)", "0(0)"],
            ["Total", "6(6)", "0(1)"],
        ],
    },
    13: {
        "caption": "Table 13: Complaints made to the LGO",
        "rows": [
            ["Service", "No finding against Council", "Partial finding", "Total"],
            ["Education and Commissioning", "0", "1", "1"],
        ],
    },
    14: {
        "caption": "Table 14: Escalation comparison over time",
        "rows": [
            ["", "Stage 1", "Stage 2", "Stage 3", "LGO"],
            ["2017/18", "56", "7", "0", "1"],
            ["2016/17", "54", "7", "0", "2"],
            ["2015/16", "63", "4", "1", "0"],
        ],
    },
    15: {
        "caption": "Table 15: Equalities Information – Stage 1 Complaints",
        "rows": [
            ["Gender of Service User:", "2017/18", "2016/17"],
            ["Male:", "24 (44%)", "31 (55%)"],
            ["Female:", "30 (46%)", "25 (45%)"],
        ],
    },
    16: {
        "caption": "Table 16: Ethnic Origin of Service User (Stage 1)",
        "rows": [
            ["Ethnic Origin of Service User:", "2017/18", "2016/17"],
            ["ASIAN OR ASIAN BRITISH", "", ""],
            ["Afghani", "1", ""],
            ["Bangladeshi", "", "1"],
            ["Indian", "3", "2"],
            ["Pakistani", "1", "2"],
            ["Sri Lankan", "2", "2"],
            ["Other Asian", "9", "2"],
            ["BLACK/BLACK BRITISH", "", ""],
            ["African", "4", "4"],
            ["Caribbean", "5", "7"],
            ["Other Black", "4", "1"],
            ["OTHER ETHNIC GROUP", "", ""],
            ["Other Ethnic Group", "", "2"],
            ["MIXED", "", ""],
            ["White & African", "2", "2"],
            ["White & Caribbean", "1", "5"],
            ["White & Asian", "3", "1"],
            ["Other Mixed", "6", "8"],
            ["WHITE", "", ""],
            ["Albanian", "1", ""],
            ["British", "7", "8"],
            ["Irish", "", "4"],
            ["Other White", "5", ""],
            ["PREFER NOT TO SAY/NOT KNOWN", "2", "3"],
        ],
    },
    17: {
        "caption": "Table 17: Origin of Complaints (Stage 1)",
        "rows": [
            ["", "2017/18", "2016/17"],
            ["Service User (Young Person)", "4", "2"],
            ["Parent/relative", "49", "47"],
            ["Advocate", "3", "4"],
            ["Solicitor", "0", "1"],
            ["Friend/other", "0", "0"],
        ],
    },
    18: {
        "caption": "Table 18: Equalities Information – Stage 2 Complaints",
        "rows": [
            ["Gender of Service User:", "2017/18", "2016/17"],
            ["Male:", "4 (57%)", "3 (43%)"],
            ["Female:", "3 (43%)", "4 (57%)"],
        ],
    },
    19: {
        "caption": "Table 19: Ethnic Origin of Service User (Stage 2)",
        "rows": [
            ["", "2017/18", "2016/17"],
            ["Sri Lankan", "1", ""],
            ["African", "1", ""],
            ["Other Black", "", "1"],
            ["Mixed Background - Other", "1", "2"],
            ["Other Asian", "", "1"],
            ["Caribbean", "1", "1"],
            ["White British", "1", "1"],
            ["Unknown", "2", "1"],
            ["Total", "7", "7"],
        ],
    },
    20: {
        "caption": "Table 20: Origin of Complaints (Stage 2)",
        "rows": [
            ["", "2016/17", "2016/17"],
            ["Service User", "", ""],
            ["Parent/relative", "7", "6"],
            ["Advocate", "", "1"],
            ["Solicitor", "", ""],
        ],
    },
}

# Table 7: each outcome heading spans its three year columns.
MERGES = {7: [((0, 1), (0, 3)), ((0, 4), (0, 6)), ((0, 7), (0, 9)), ((0, 10), (0, 12))]}

FOOTNOTES = {10: ["[Grand Total = 6]"]}

H, P, T = "heading", "paragraph", "table"

BODY = [
    (H, "1. Executive summary"),
    (
        P,
        "The statutory complaints process handled some 121 'transactions' in the year: representations, "
        "formal complaints and referrals to the Local Government Ombudsman. During 2017/18, 3,990 children "
        "were children in need; 2,441 referrals were received and 2,563 assessments completed; 959 child "
        "protection investigations began, 367 leading to an initial conference; 642 Child Protection Plans "
        "were active at some point (323 started, 319 ended; 232 at 31 March 2018); 318 children were looked "
        "after at some point (107 newly, 158 ceased; 159 at 31 March).",
    ),
    (
        P,
        "Targeted Services again drew the most complaints, 81% of all transactions. A high number of "
        "representations (57) were settled informally. The share of Stage 1 responses sent on time rose to 94% "
        "in 2017/18 from 93% in 2016/17. Escalation of Stage 1 complaints to Stage 2 was 12%, so around 88% of "
        "formal complaints were resolved by the first response.",
    ),
    (H, "2. Summary of activity"),
    (
        P,
        "2.1 Between 1 April 2017 and 31 March 2018 the Council received 57 representations, 56 statutory "
        "Stage 1 complaints, seven Stage 2 complaints, no Stage 3 complaint and one Local Government Ombudsman "
        "complaint. The Complaints Team also handled 36 MP and Councillor enquiries. Some 94% of Stage 1 "
        "responses were on time (93% in 2016/17).",
    ),
    (T, 1),
    (
        P,
        "Stage 1 complaints rose slightly (up by one on last year). Most transactions again came through "
        "Targeted Services (81%). The seven Stage 2 complaints are an escalation rate of 12% of all Stage 1 "
        "complaints. No complaint went to a Stage 3 panel. One new LGO referral led to an investigation.",
    ),
    (T, 2),
    (
        P,
        "Total transactions fell slightly, to 121 in 2017/18 from 135 in 2016/17, mainly because there were "
        "fewer informal representations (a decrease of 15). Stage 1 complaints were about the same as last year "
        "(56 against 54).",
    ),
    (H, "5. Stage 1 complaints"),
    (T, 3),
    (
        P,
        "The formal escalation rate of Targeted Services transactions was low at 6% in 2017/18. There were 36 MP "
        "and Councillor enquiries, a marked fall from 65 the year before; only four concerned school "
        "admissions.",
    ),
    (
        P,
        "5.2 On-time Stage 1 responses were 94% in 2017/18, against 93% in 2016/17 and 88% in 2015/16. "
        "Targeted Services rose to 94%; the other two areas answered every complaint on time. The local target "
        "is 85%.",
    ),
    (T, 7),
    (
        P,
        "Of the five complaints made directly by young people, three were partially upheld, a 60% rate. "
        "Targeted Services had 41 complaints not upheld out of a total of 45 complaints.",
    ),
    (H, "6. Stage 2 complaints"),
    (T, 8),
    (
        P,
        "Only 12% of Stage 1 complaints went on to Stage 2; six of the seven Stage 2 complaints concerned "
        "Targeted Services.",
    ),
    (T, 9),
    (T, 10),
    (
        P,
        "Three Stage 2 complaints were not upheld and three were partially upheld; none was fully upheld. As "
        "50% of the outcomes had some form of uphold, cases with merit do tend to be escalated.",
    ),
    (T, 11),
    (P, "All Stage 2 complaints were completed within timescale."),
    (H, "7. Stage 3 complaints"),
    (P, "None of the six Stage 2 complaint outcomes went on to Stage 3 in 2017/18."),
    (H, "8. Ombudsman complaints"),
    (T, 13),
    (
        P,
        "The Council received one new complaint from the LGO, which was investigated; a partial finding was "
        "made for the delay in providing home tuition.",
    ),
    (T, 14),
    (H, "10. Compensation"),
    (
        P,
        "No compensation was offered in 2017/18, as in 2016/17. Two potential Stage 2 complaints were resolved "
        "by mediation. There were 10 written compliments.",
    ),
    (H, "15. Equalities information"),
    (T, 15),
    (T, 16),
    (T, 17),
    (T, 18),
    (T, 19),
    (T, 20),
    (H, "16. The complaints process explained"),
    (
        P,
        "This report covers complaints made between 1 April 2017 and 31 March 2018 under the representations "
        "procedure set up by the Representations Procedure (Children) Regulations 2006 under the Children Act "
        "1989, and under the Council's corporate complaints procedure. "
        "All timescales in this report are in working days. Under the Council's procedure Stage 1 complaints "
        "are answered within ten working days, with an automatic extension of a further ten days where "
        "necessary. Under the Regulations, Stage 2 complaints should be dealt with within 25 days, extendable to "
        "65 days if complex. At Stage 3 the panel is set up within 30 working days, its report produced within "
        "a further 5 working days, and the local authority's response within 15 working days.",
    ),
]

__all__ = ["BODY", "BORDERLESS", "FOOTNOTES", "MERGES", "SUBTITLE", "TABLES", "TITLE"]
