"""One-off generator for src/db/seed/recommendations.ts: takes the verbatim recommendation texts
from the report (lines 105-129) so that no hand-typing can alter them. Kept for the record; the
fidelity test re-checks the generated file against the report on every run."""
import json, pathlib, re
root = pathlib.Path(__file__).resolve().parents[2]
lines = (root / 'tests/fixtures/report/andell-2023-waltham-forest-cce.txt').read_text().split('\n')
line = lambda n: lines[n - 1]

# number: (owner, owner note, rows, [(section, first, last, quote)])
meta = {
 1: ('BOARD', 'The board adopts it; the Gangs and youth violence subgroup drafts it.', ['pursue','prevent','protect','prepare'],
     [('Developing a Comprehensive Gangs Strategy', 1117, 1119, 'We recommend that a Waltham Forest Multi-agency Gang Strategy pursue three clear and interrelated aims')]),
 2: ('GYV', 'The subgroup’s core delivery vehicle.', ['protect','prepare','pursue'],
     [('Evidence Led Responses Building on Existing Work', 1167, 1169, 'We therefore recommend that a dedicated Gang Intervention Team is developed.'),
      ('Criminal Exploitation: Youth Work, YOS, Youth At Risk, Early Help and Safeguarding', 606, 606, 'This would also include work from a co-located Gangs Intervention Team')]),
 3: ('GYV', 'The subgroup delivers; the board and councillors at Scrutiny Committees review.', ['protect','prepare'],
     [('Youth Offending Services, Youth at Risk, and the Violence Reduction Unit', 676, 676, 'only sometimes considers matching intensity of support on a multi-agency scaled approach of risk'),
      ('Strategic Tool for Policy Cross-cutting (after Figure 8)', 1076, 1076, 'thematic work should be targeted towards particular neighbourhoods to maximise impact and avoid a scatter-gun approach'),
      ('Strategic Responses to Exploitation from Gangs', 1107, 1107, 'elected councillors perform this role via Scrutiny Committees'),
      ('Evidence Led Responses Building on Existing Work', 1163, 1163, 'must be targeted and delivered locally and involve local communities')]),
 4: ('VAWG', 'The focus on young women and girls is the VAWG subgroup’s; Gangs and youth violence has an interest.', ['protect'],
     [('Safeguarding and Social Work', 720, 720, 'Future Audits of the Multi-Agency Safeguarding Hubs should include a specific themed review of contextual safeguarding and safeguarding young women and girls who may be gang affected.')]),
 5: ('GYV', 'Delivered by commissioned statutory and voluntary sector providers.', ['protect','prepare'],
     [('Racialised Communities and Neighbourhood', 281, 281, 'Specific programs of intervention should be designed by statutory and voluntary sector providers to focus on the traumatising effects of historic and contemporaneous racism and its relation to criminal involvement.')]),
 6: ('CDP', 'The board establishes it (SafetyNet has a responsibility for substance misuse); the Combatting Drugs Partnership then owns the remit.', ['pursue','protect'],
     [('Gangs: Middle Markets and the Jointing the Dots', 1048, 1048, 'Waltham Forest also needs to respond to the Government 10 year Drug Action Plan which requires the initiation of a Combatting Drugs Partnership.')]),
 7: ('BOARD', 'A resourcing decision that serves every subgroup and the Strategic Assessment.', ['pursue'],
     [('Gangs: Analyzing the Links with Organised Crime', 1015, 1015, 'The deficit of crime analysts based within the local authority should be addressed in Waltham Forest.')]),
 8: ('BOARD', 'Learning across subgroups.', ['pursue'],
     [('Gangs: Analyzing the Links with Organised Crime', 1015, 1015, 'Co-learning between practitioners, policymakers and analysts should be facilitated to ensure a systematic analytical capability is continuously applied'),
      ('Gangs: Diversification and Illegitimate Governance', 845, 845, 'Better links are needed between those who can comprehensively analyse these issues and those who can make intervention decisions.')]),
 9: ('BOARD', 'The report names the SafetyNet Board.', ['prepare'],
     [('Strategic Responses to Exploitation from Gangs', 1115, 1115, 'Scrutiny training for Councillors in issues pertaining to community safety should be considered by the Safety Net Board.')]),
 10: ('BOARD', 'The board holds police and youth justice partners to account.', ['pursue','prepare'],
     [('Racialised Communities and Neighbourhood', 281, 281, 'It is recommended that the disproportionality of racialised communities in the criminal justice system is monitored and appropriate action taken to reduce unfair discrimination in the criminal justice processes.')]),
 11: ('GYV', 'The police Borough Command Unit acts; the subgroup holds it to account.', ['pursue'],
     [('Waltham Forest Offences: Concerns, Violent Crime, and Gangs', 307, 307, 'It is recommended that Waltham Forest BCU review the current discrepancies in Sanction Detection rates for Violence with Injury.')]),
 12: ('GYV', 'The Prevent subgroup has an interest: online grooming is likened to radicalisation.', ['pursue','protect'],
     [('The Impacts of Covid-19 and Lockdown', 560, 560, 'The BCU should enlist specialist enforcement services to track online grooming and drug sales.')]),
 13: ('GYV', 'With education partners; the Prevent subgroup has an interest in online harm.', ['protect'],
     [('The Impacts of Covid-19 and Lockdown', 560, 560, 'Internet Safety concerning CCE should be taught as part of PSHE in all Waltham Forest Schools.'),
      ('The Falling Age of Child Exploitation and Education Services', 578, 578, 'All schools in Waltham Forest should provide Child Criminal Exploitation awareness as part of the Physical Health, Mental Well-being and Internet Safety curriculum.')]),
 14: ('CDP', 'Gangs and youth violence and VAWG have an interest.', ['pursue','protect'],
     [('Gangs: Diversification and Recreational Drug Use', 907, 907, 'Having noted practitioners concerns it would appear that supply and demand for Vapes, Xanax, Nitrous Oxide, Cannabis Gummies and Lean for younger people is an issue requiring further attention from the relevant partnerships in Waltham Forest')]),
 15: ('GYV', 'With education partners.', ['protect'],
     [('School Exclusion', 592, 598, 'It is recommended that mechanisms are sought to ensure pupils have further access to, and are sustained in, mainstream education services')]),
 16: ('GYV', 'The board sponsors the information-sharing agreement.', ['protect','pursue'],
     [('Youth Work', 628, 630, 'other services do not have access to IT systems such as Child View or Mosaic')]),
 17: ('GYV', '', ['prepare','protect'],
     [('Youth Work', 636, 636, 'Further inter-agency work needs to be developed in conjunction with the voluntary sector as part of a co-located gangs team')]),
 18: ('GYV', 'Delivered by the Youth Offending Service.', ['pursue','protect'],
     [('Youth Offending Services, Youth at Risk, and the Violence Reduction Unit', 660, 660, 'The YOS must develop accurate flagging systems for gang-involved or gang-associated young people.')]),
 19: ('GYV', 'The board is needed for ring-fenced funding.', ['protect'],
     [('Evidence Led Responses Building on Existing Work (Funding)', 1181, 1181, 'The funding for this group should be ring-fenced and incentives should be provided to ensure that team members are prepared to make a minimum two-year commitment to the team.')]),
 20: ('GYV', '', ['protect'],
     [('Youth Offending Services, Youth at Risk, and the Violence Reduction Unit', 678, 678, 'A further review of the services or teams which have the skill-sets and capacity to undertake particular pieces of work to mitigate risk should take place.')]),
 21: ('BOARD', 'Referred to the Safeguarding Children’s Board and Children’s Services: social work retention is outside any subgroup’s remit.', ['protect'],
     [('Safeguarding and Social Work', 718, 718, 'Waltham Forest should provide incentives for social work staff to be retained in the Borough')]),
 22: ('GYV', 'VAWG has an interest in contextual safeguarding of girls.', ['protect','pursue'],
     [('Safeguarding and Social Work', 720, 720, 'Waltham Forest should provide ongoing training on extra-familial safeguarding and CCE as part of certified CPD training for social workers.'),
      ('Gangs: Analyzing the Links with Organised Crime', 1005, 1005, 'training should be given regarding the conceptual frameworks of gangs, local organised crime and organised crime groups.')]),
 23: ('VAWG', 'Abianda is the commissioned provider.', ['protect'],
     [('The Intersection of Criminal and Sexual Exploitation', 773, 773, 'further work needs to be undertaken in the Borough to ensure increased referrals and preventative work.')]),
 24: ('GYV', '', ['protect','prepare','prevent'],
     [('Localisation of Targeted Work and Youth Hubs', 1204, 1204, 'The research recommends that the tenets of the above gang desistance model be built into the development of the proposed Youth Hub(s) and delivered locally by co-located Gangs Intervention Team(s).')]),
}

recs = []
for n in range(105, 130):
    m = re.match(r'^(\d+)\. (.*)$', line(n))
    if not m:
        assert line(n).strip() == '', (n, line(n))
        continue
    num = int(m.group(1))
    owner, note, rows, sources = meta[num]
    emerges = []
    for section, first, last, quote in sources:
        span = '\n'.join(lines[first - 1:last])
        assert quote in span, (num, quote)
        emerges.append({'section': section, 'lines': [first, last], 'quote': quote})
    recs.append({'number': num, 'text': m.group(2), 'sourceLine': n, 'suggestedOwnerId': owner,
                 'suggestedOwnerNote': note, 'suggestedRows': rows, 'emergesFrom': emerges})
assert [r['number'] for r in recs] == list(range(1, 25))

out = ['/**', ' * The 24 recommendations of Andell (2023), verbatim from the summary list (report lines 105–129).',
       ' * Generated by scripts/dev/generate-recommendations.py from the report text; the passages each',
       ' * recommendation emerges from are quoted verbatim with their lines. Owners and 4P rows are',
       ' * suggestions (the domain brief’s judgement), shown in the app as suggestions.', ' */',
       "import type { SeedRecommendation } from './types';", '',
       'export const SEED_RECOMMENDATIONS: readonly SeedRecommendation[] = ' + json.dumps(recs, indent=2, ensure_ascii=False) + ';', '']
(root / 'src/db/seed/recommendations.ts').write_text('\n'.join(out))
print('ok', len(recs))
