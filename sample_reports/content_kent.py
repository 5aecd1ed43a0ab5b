"""Kent CYPE Complaints and Representations 2020-21: the report's order of sections, its narrative in
our own words (every number and claim kept), and its sixteen tables (content_kent_tables.py)."""

from sample_reports.content_kent_tables import BORDERLESS, SUBTITLE, TABLES, TITLE

FOOTNOTES = {
    1: [
        "(1) 'Representation': until 2018 every complaint that could not go through the formal process was "
        "counted here. Such complaints are now rejected when they are assessed, and the category only holds "
        "eligible cases that legal processes stop from going forward as Children Act complaints."
    ],
    2: ["*Corporate Director's Office and Commissioning"],
    12: ["*out of jurisdiction/no further action or withdrawn"],
    13: [
        "(1) also includes those complaints responded to within 10 working days",
        "(2) Stage 2 investigations were suspended during Covid restrictions (see para. 3.7)",
        "(3) Stage 2 corporate complaints were suspended (unless high risk/urgent) so that frontline staff "
        "could concentrate on safeguarding the most vulnerable children",
    ],
    14: ["(1) also includes those complaints responded to within 10 working days"],
}

H, P, T = "heading", "paragraph", "table"

BODY = [
    (
        P,
        "From: Cabinet Member for Integrated Children's Services; Corporate Director of Children, Young "
        "People and Education. To: Children's, Young People and Education Cabinet Committee, 1 March 2022.",
    ),
    (
        P,
        "Summary: this paper reports on how the Children Act 1989 complaints and representations procedure "
        "worked in 2020/21, as the statutory regulations require, and also covers the 'non-statutory' social "
        "care complaints and the complaints made about Education services.",
    ),
    (H, "1. Introduction"),
    (
        P,
        "1.1 The report covers every complaint and representation received by the Children, Young People and "
        "Education Directorate (CYPE).",
    ),
    (
        P,
        "1.2 The directorate must run a sound complaints procedure for children, and for those entitled to "
        "complain for them, about the social care services they receive. Children in care in Kent are told how "
        "to complain and that they may use the advocacy service.",
    ),
    (
        P,
        "1.3 The duty to publish an annual report on children's social care complaints comes from the Children "
        "Act 1989 Representations Procedure (England) Regulations 2006, which also say what it must contain.",
    ),
    (
        P,
        "1.4 Eligible complaints that cannot go forward formally, because of court proceedings, an active "
        "assessment or a child protection enquiry, are handled as informal 'representations' and recorded on "
        "the complaints database.",
    ),
    (
        P,
        "1.5 Complaints outside the statutory procedure, such as those about SEN and other non-social-care "
        "services, go through the KCC corporate complaints procedure. Everyone is told of their right to go to "
        "the Local Government and Social Care Ombudsman.",
    ),
    (
        P,
        "1.6 Concerns that fit neither procedure are logged as 'Enquiries' and the customer is pointed to "
        "another route. 1.7 Issues raised by MPs and councillors for constituents are recorded as 'Member "
        "Enquiries'.",
    ),
    (H, "2. Representations received"),
    (T, 1),
    (
        P,
        "2.1 For the first time since 2016/17 the total of complaints and representations fell. The total "
        "leaves out a further 327 cases that were rejected or withdrawn. About 91% of all cases received are "
        "handled by the Children's Complaints and Customer Care Team.",
    ),
    (
        P,
        "2.2 Covid-19 affected complaint handling. Complaints fell sharply in the first national lockdown from "
        "March 2020, and each case was risk-assessed to decide whether it needed handling straight away or "
        "could use a temporary extended timescale of 3 months instead of 20 working days. Performance is "
        "judged by the share of complaints upheld in full or in part, analysed in Tables 8 and 10.",
    ),
    (T, 2),
    (
        P,
        "2.3 A further 327 complaints were received in 2020-21 but not taken forward: 295 were rejected at "
        "assessment for the reasons below, and 32 were later withdrawn by the customer.",
    ),
    (T, 3),
    (T, 4),
    (H, "3. Consideration of complaints"),
    (
        P,
        "3.1 Complaints from looked after children and children in need, or made on their behalf, follow the "
        "three-stage procedure of the 2006 Regulations.",
    ),
    (
        P,
        "3.2 The three stages of the statutory Children Act procedure are: Stage 1 - Local Resolution (up to 20 "
        "working days); Stage 2 - Independent Investigation (up to 65 working days); Stage 3 - Independent "
        "Review Panel (30 working days).",
    ),
    (
        P,
        "3.3 The KCC complaints procedure has two stages: Step 1 – Local Resolution (up to 20 working days) and "
        "Step 2 – Director Review (up to 20 working days). After either procedure the complainant may go to the "
        "Local Government and Social Care Ombudsman.",
    ),
    (P, "3.4 The next table shows how many Children Act complaints were dealt with at each stage."),
    (T, 5),
    (
        P,
        "3.5 The number of complaints handled under the statutory procedure stayed the same this year, although "
        "complaints overall, and those taken through the corporate procedure, went down.",
    ),
    (
        P,
        "3.6 Stage 2 was mostly requested because the customer disagreed with the Stage 1 outcome or felt some "
        "issues had not been answered. Just one Stage 3 Review Panel took place in 2020/21.",
    ),
    (
        P,
        "3.7 Stage 2 investigations were suspended for several months during the pandemic so that social work "
        "staff could protect the most vulnerable children. 3.8 Review Panels resumed once papers could be "
        "shared securely and meetings held online.",
    ),
    (H, "4. Analysis of complaints"),
    (P, "4.1 Integrated Children's Services and Disabled Children's Service."),
    (T, 6),
    (T, 7),
    (T, 8),
    (
        P,
        "4.2 The number of complaints and the number of issues raised do not match, because one complaint can "
        "cover several services and issues.",
    ),
    (
        P,
        "4.3 Across Integrated Children's Services and Disabled Children's Services, 33% of complaints received "
        "were upheld in full or in part, a small rise from 31% the year before.",
    ),
    (
        P,
        "4.5 30 complaints came from children and young people in care, leaving care or who had left KCC's "
        "care, and three from young people receiving services as children in need under s17 of the Children "
        "Act.",
    ),
    (
        P,
        "4.6 Themes raised by children and young people in or leaving care: Communication – 2 received (1 "
        "partly upheld, 1 upheld); Disputed decision – 5 received (none upheld); Delay in doing something – 5 "
        "received (2 partly upheld); Failure to do something – 6 received (2 partly upheld); Service issues – 6 "
        "received (2 partly upheld, 1 upheld); Staff conduct – 2 received (1 partly upheld).",
    ),
    (P, "4.7 Education Planning & Access, and SEN."),
    (T, 9),
    (T, 10),
    (T, 11),
    (
        P,
        "The five issues most often raised against the SEN service: 1. failure to deliver a service or do "
        "something – 83 complaints, 70% upheld in part or in full; 2. delayed service – 81 complaints, 83% "
        "upheld; 3. poor communication – 55 complaints, 85% upheld; 4. disagreement with a decision – 27 "
        "complaints, 67% upheld; 5. quality of service – 25 complaints, 76% upheld.",
    ),
    (
        P,
        "4.9 In 2020/21, 145 Education complaints were received and progressed, a 27% decrease from 199 in "
        "2019/20. 217 complaints were received and logged for Special Education Needs (SEN), a 7% decrease from "
        "233 in 2019/20, in line with the fall in complaints during national Covid restrictions.",
    ),
    (H, "5. Complaints considered by the Local Government and Social Care Ombudsman"),
    (
        P,
        "5.1 Fewer complaints reached the Ombudsman in 2020-21, but only because the Ombudsman stopped taking "
        "new complaints for the first three months of the year.",
    ),
    (
        P,
        "5.2 The Ombudsman received 79 complaints in 2020-21 about CYPE services. 27 went on to a detailed "
        "investigation, and 70% of those investigated were upheld against Kent County Council, a decline on "
        "the directorate's 57% in 2019-20.",
    ),
    (T, 12),
    (
        P,
        "5.3 The Ombudsman found fault in 19 complaints about the directorate in 2020-21; examples are in "
        "Appendix A.",
    ),
    (H, "6. Advocacy services"),
    (
        P,
        "6.1 The Council must offer independent advocacy to any eligible child or young person who wants to "
        "complain. 6.2 Since 1 April 2015 advocacy has been provided by the Young Lives Foundation.",
    ),
    (
        P,
        "6.3 In 2020/21, 33 complaints came from young people; 27 of them complained without an independent "
        "advocate, which suggests they felt confident raising concerns themselves.",
    ),
    (H, "7. Compliance with timescales"),
    (T, 13),
    (T, 14),
    (
        P,
        "7.1 The 20 working day maximum for Stage 1 Children Act complaints was met in 78% of responses from "
        "Integrated Children's Services and 83% from Disabled Children's Services.",
    ),
    (
        P,
        "7.2 Far fewer Stage 2 investigations finished within the 65 working day statutory timescale in "
        "2020/21, because the March 2020 lockdown stopped investigations; several Stage 2 complaints received in "
        "2019-20 ran over the maximum timescale.",
    ),
    (
        P,
        "7.3 Only 1 Stage 3 Review was held in the year. With Stage 2 suspended there were fewer requests for "
        "Stage 3, since Stage 2 must be completed before a complaint can progress to Stage 3.",
    ),
    (T, 15),
    (T, 16),
    (
        P,
        "7.4 Complaint handling in SEN still needs to improve so that parents can be confident they are heard.",
    ),
    (H, "8. Learning the lessons from complaints"),
    (
        P,
        "8.1 Several complaints in 2020/21 led to wider changes: staff were reminded to explain decisions to "
        "young people, to be open with families, to keep case records up to date and to call customers at the "
        "start of a complaint.",
    ),
    (H, "9. Review of the effectiveness of the complaints procedure"),
    (
        P,
        "9.4 The team faced further challenges in 2020-21: fewer complaints, but more complex ones. 9.5 In June "
        "2020 four SEN Complaints and Complex Case Officers moved, for their complaints work, into the team. "
        "9.6 A further 11 training workshops on customer service were run for SEN staff between October and "
        "March.",
    ),
    (H, "10. Compliments"),
    (
        P,
        "In 2020/21 the number of compliments formally received and logged decreased from the previous year by "
        "31% to 78.",
    ),
    (H, "11. Conclusion and recommendation"),
    (P, "The Cabinet Committee is asked to CONSIDER and COMMENT on the contents of this report."),
    (H, "Appendix A – Ombudsman decisions"),
    (
        P,
        "Children's social care, not upheld (19 020 166): no fault in refusing an assessment by the Disabled "
        "Children's Service. Children's social care, upheld (19 017 019): apology, £300 for distress and £200 "
        "for time and trouble. Education, not upheld (19 009 689): no fault in refusing school transport. "
        "Education, upheld (19 005 926): £150 for uncertainty and frustration over a delayed EHC Plan.",
    ),
]

__all__ = ["BODY", "BORDERLESS", "FOOTNOTES", "MERGES", "SUBTITLE", "TABLES", "TITLE"]

# Table 12: "Detailed investigation" spans Upheld | Not upheld; the single headings span both header rows.
MERGES = {12: [((0, 1), (0, 2)), ((0, 3), (1, 3)), ((0, 4), (1, 4)), ((0, 5), (1, 5))]}
