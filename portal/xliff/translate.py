"""Fills <target> in portal/xliff/cy.xlf from the Welsh below and in portal/xliff/cy/*.tsv (one
area a file, "English<TAB>Welsh" a line, {0} {1} … for the placeholders in their English order, or "id:<id>" for a msg() given its own id
because the same English needs other Welsh; kept
with the XLIFF so that a translator can review both). Run after `lit-localize extract`, then
`lit-localize build`. Whitespace runs count as one space. Missing Welsh is listed, ready to fill in."""
import glob, os, re, sys
X0 = lambda s: s  # placeholders (<x id="N" …/>) are copied from the source as they are
CY = {
'Enter your email address': 'Rhowch eich cyfeiriad e-bost',
'Enter an email address in the correct format, like name@example.com': 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com',
'Enter your password': 'Rhowch eich cyfrinair',
'The email address or password is not right': "Nid yw'r cyfeiriad e-bost neu'r cyfrinair yn gywir",
'You have tried to sign in too many times. Wait {0}, then try again': "Rydych wedi ceisio mewngofnodi ormod o weithiau. Arhoswch {0}, yna rhowch gynnig arall arni",
'Sign in to the Heard portal to moderate stories, or to read and answer stories about your services.': "Mewngofnodwch i borth Heard i gymedroli straeon, neu i ddarllen ac ateb straeon am eich gwasanaethau.",
'Password': 'Cyfrinair',
'Forgotten your password?': "Wedi anghofio eich cyfrinair?",
'You are not a member of any organisation.': "Nid ydych yn aelod o unrhyw sefydliad.",
'The inbox could not be loaded.': "Nid oedd modd llwytho'r mewnflwch.",
'The service': "Y gwasanaeth",
'The “from” date': 'Y dyddiad “o”',
'The “to” date': 'Y dyddiad “i”',
'The criticality': 'Y difrifoldeb',
'The tags': 'Y tagiau',
'The search': 'Y chwiliad',
'A filter': 'Hidlydd',
'No stories match these filters': "Nid oes straeon yn cyfateb i'r hidlyddion hyn",
'No stories yet': 'Dim straeon eto',
'story': 'stori',
'stories': 'stori',
'{0}, {1} without a published response': '{0}, {1} heb ymateb wedi ei gyhoeddi',
'at least {0}, {1} without a published response': 'o leiaf {0}, {1} heb ymateb wedi ei gyhoeddi',
'Search and filter': 'Chwilio a hidlo',
'Clear all filters': "Clirio'r holl hidlyddion",
'Untitled': 'Heb deitl',
'Services:': 'Gwasanaethau:',
'Criticality not set': "Difrifoldeb heb ei osod",
'Criticality {0} – {1}': 'Difrifoldeb {0} – {1}',
'No response yet': 'Dim ymateb eto',
'response': 'ymateb',
'responses': 'ymateb',
'{0} of ours waiting for moderation': "{0} o'n rhai ni yn aros am gymedroli",
'The inbox could not be loaded': "Nid oedd modd llwytho'r mewnflwch",
'Show all stories': "Dangos pob stori",
'Loading the stories…': "Yn llwytho'r straeon…",
'Download these stories as CSV': "Lawrlwytho'r straeon hyn fel CSV",
'(a spreadsheet file)': '(ffeil taenlen)',
'Updating…': 'Yn diweddaru…',
'see every story': 'weld pob stori',  # after “neu” (the empty inbox)
'When a story about one of your services is published, it will be here.': "Pan gaiff stori am un o'ch gwasanaethau ei chyhoeddi, bydd hi yma.",
'Pages of stories': 'Tudalennau o straeon',
'Back to the newest stories': "Yn ôl i'r straeon diweddaraf",
'Older stories': 'Straeon hŷn',
' (next page)': " (y dudalen nesaf)",
'Published stories about the services you cover, newest first.': "Straeon wedi eu cyhoeddi am y gwasanaethau rydych chi'n eu cwmpasu, y diweddaraf yn gyntaf.",
'The story could not be loaded.': "Nid oedd modd llwytho'r stori.",
'Your changes are published on the story’s public page.': "Mae eich newidiadau wedi eu cyhoeddi ar dudalen gyhoeddus y stori.",
'Your response is published on the story’s public page. The author has been told if they left an email address.': "Mae eich ymateb wedi ei gyhoeddi ar dudalen gyhoeddus y stori. Mae'r awdur wedi cael gwybod os gadawodd gyfeiriad e-bost.",
'Your response is waiting for a moderator. It will be published once they have checked it; you can edit it until then.': "Mae eich ymateb yn aros am gymedrolwr. Bydd yn cael ei gyhoeddi ar ôl iddo gael ei wirio; gallwch ei olygu tan hynny.",
'Edit your response': 'Golygu eich ymateb',
'Change made': 'Newid wedi ei wneud',
'Change planned': 'Newid wedi ei gynllunio',
'Written': 'Ysgrifennwyd',
'Written by {0} on behalf of {1}': 'Ysgrifennwyd gan {0} ar ran {1}',
'Written by {0}': 'Ysgrifennwyd gan {0}',
'Not published:': 'Heb ei gyhoeddi:',
'Edit': 'Golygu',
'your response': 'eich ymateb',
'until': 'tan',
'The author replied': "Atebodd yr awdur",
'You can read stories; responders and admins write responses.': "Gallwch ddarllen straeon; ymatebwyr a gweinyddwyr sy'n ysgrifennu ymatebion.",
'Responding is paused': "Mae ymateb wedi ei oedi",
'Your organisation’s subscription allows reading stories only, so no one can respond and alert emails are paused. Published stories and your widgets stay public.': "Mae tanysgrifiad eich sefydliad yn caniatáu darllen straeon yn unig, felly ni all neb ymateb ac mae negeseuon e-bost rhybudd wedi eu hoedi. Mae straeon wedi eu cyhoeddi a'ch teclynnau yn aros yn gyhoeddus.",
'See billing and what to do': "Gweld bilio a beth i'w wneud",
'Ask one of your organisation’s Heard admins to look at billing.': "Gofynnwch i un o weinyddwyr Heard eich sefydliad edrych ar filio.",
'Respond to this story': "Ymateb i'r stori hon",
'Story not found': "Heb ddod o hyd i'r stori",
'It may have been withdrawn by its author, or it is not about a service your organisation covers.': "Efallai bod ei hawdur wedi ei thynnu'n ôl, neu nid yw hi am wasanaeth y mae eich sefydliad yn ei gwmpasu.",
'Back to the inbox': "Yn ôl i'r mewnflwch",
'The story could not be loaded': "Nid oedd modd llwytho'r stori",
'By {0} ({1})': 'Awdur: {0} ({1})',  # "Gan" would mutate the nickname as its author wrote it
'someone': 'rhywun',
'Public page': 'Tudalen gyhoeddus',
'of this story': "y stori hon",
'About this story': "Am y stori hon",
'Services': 'Gwasanaethau',
'Criticality': 'Difrifoldeb',
'Not set': 'Heb ei osod',
'None': 'Dim',
'No one has responded yet.': "Nid oes neb wedi ymateb eto.",
'No change to report': 'Dim newid i roi gwybod amdano',
'A change is planned': 'Mae newid wedi ei gynllunio',
'A change has been made': 'Mae newid wedi ei wneud',
'Write a response of at least {0} characters': 'Ysgrifennwch ymateb o {0} nod o leiaf',
'The response must be {0} characters or fewer': "Rhaid i'r ymateb fod yn {0} nod neu lai",
'Enter a job title, e.g. Ward Manager, Ward 7': 'Rhowch deitl swydd, e.e. Rheolwr Ward, Ward 7',
'The response could not be saved.': "Nid oedd modd cadw'r ymateb.",
'Has anything changed because of this story?': "A oes unrhyw beth wedi newid oherwydd y stori hon?",
'A response that claims a change is always checked by a moderator before it is published.': "Mae cymedrolwr bob amser yn gwirio ymateb sy'n sôn am newid cyn iddo gael ei gyhoeddi.",
'On behalf of a colleague (optional)': 'Ar ran cydweithiwr (dewisol)',
'Their name, if you are writing for them. Only your organisation sees it.': "Eu henw, os ydych chi'n ysgrifennu ar eu rhan. Dim ond eich sefydliad sy'n ei weld.",
'Save changes': 'Cadw newidiadau',
'Send response': 'Anfon ymateb',
'Cancel': 'Canslo',
'Your response': 'Eich ymateb',
'Write a public response': 'Ysgrifennu ymateb cyhoeddus',
'Plain text; leave a blank line between paragraphs. Do not name staff or patients. {0}–{1} characters.': "Testun plaen; gadewch linell wag rhwng paragraffau. Peidiwch ag enwi staff na chleifion. {0}–{1} nod.",
'Your job title': 'Teitl eich swydd',
'Shown publicly with the response, e.g. Ward Manager, Ward 7': "Yn cael ei ddangos yn gyhoeddus gyda'r ymateb, e.e. Rheolwr Ward, Ward 7",
'less than a minute': 'llai na munud',
'minute': 'munud', 'minutes': 'munud', 'hour': 'awr', 'hours': 'awr', 'day': 'diwrnod', 'days': 'diwrnod', 'week': 'wythnos', 'weeks': 'wythnos',
'waiting {0}': 'yn aros {0}',
"Person's name": 'Enw person',
'Email address': 'Cyfeiriad e-bost',
'Phone number': 'Rhif ffôn',
'NHS number': 'Rhif GIG',
'Postcode': 'Cod post',
'Date': 'Dyddiad',
'Web address': 'Cyfeiriad gwe',
'All capitals': 'Priflythrennau i gyd',
'Profanity': 'Rhegfeydd',
'Safeguarding': 'Diogelu',
'Complaint': 'Cwyn',
'Widget on a provider’s site': 'Teclyn ar wefan darparwr',
'Heard website': 'Gwefan Heard',
'API': 'API',
'Assisted (told to staff)': "Gyda chymorth (wedi ei hadrodd wrth staff)",
'Not recorded': 'Heb ei gofnodi',
'Story': 'Stori', 'Stories': 'Straeon', 'Response': 'Ymateb', 'Responses': 'Ymatebion', 'Reply': 'Ateb', 'Replies': 'Atebion',
'Submitted': 'Wedi ei chyflwyno',
'Waiting': 'Yn aros',
'In review': 'Yn cael ei hadolygu',
'Published': 'Wedi ei chyhoeddi',
'Held': 'Wedi ei dal yn ôl',
'Rejected': 'Wedi ei gwrthod',
'Withdrawn': "Wedi ei thynnu'n ôl",
'Hidden': 'Wedi ei chuddio',
'Edited': 'Wedi ei golygu',
'Change published': 'Newid wedi ei gyhoeddi',
'Change rejected': 'Newid wedi ei wrthod',
'What was good': 'Beth oedd yn dda',
'What could be improved': "Beth y gellid ei wella",
'How did they feel': 'Sut oedden nhw’n teimlo',
'not critical': 'ddim yn ddifrifol',
'minimally critical': 'ychydig yn ddifrifol',
'mildly critical': 'braidd yn ddifrifol',
'moderately critical': 'gweddol ddifrifol',
'strongly critical': 'difrifol iawn',
'severely critical': 'eithriadol o ddifrifol',
'Patient': 'Claf', 'Carer': 'Gofalwr', 'Relative': 'Perthynas', 'Member of staff': 'Aelod o staff', 'Other': 'Arall',
'There is a problem': 'Mae problem',
'Error:': 'Gwall:',
'Now working for {0}': 'Nawr yn gweithio i {0}',
'You cannot open this page': "Ni allwch agor y dudalen hon",
'This page could not be loaded': "Nid oedd modd llwytho'r dudalen hon",
'You have signed out.': "Rydych wedi allgofnodi.",
'Your choice of language could not be saved. Try again.': "Nid oedd modd cadw eich dewis iaith. Rhowch gynnig arall arni.",
'Loading…': 'Yn llwytho…',
'Part of the portal could not be fetched. Check your connection, then try again.': "Nid oedd modd nôl rhan o'r porth. Gwiriwch eich cysylltiad, yna rhowch gynnig arall arni.",
'Try again': 'Rhoi cynnig arall arni',
'Skip to main content': "Neidio i'r prif gynnwys",
'Portal': 'Porth',
'Signed in as': 'Wedi mewngofnodi fel',
'Sign out': 'Allgofnodi',
'Main': 'Prif',
'Heard home': 'Hafan Heard',
'API documentation': 'Dogfennaeth API',
'Heard: stories of care, checked by people before they are published.': "Heard: straeon am ofal, wedi eu gwirio gan bobl cyn iddynt gael eu cyhoeddi.",
'Heard portal': 'Porth Heard',
'Sign in': 'Mewngofnodi',
'Reset your password': 'Ailosod eich cyfrinair',
'Choose a new password': 'Dewis cyfrinair newydd',
'Moderation queue': 'Ciw cymedroli',
'Review story – Moderation': 'Adolygu stori – Cymedroli',
'Review response – Moderation': 'Adolygu ymateb – Cymedroli',
'Review reply – Moderation': 'Adolygu ateb – Cymedroli',
'Tags – Moderation': 'Tagiau – Cymedroli',
'Inbox': 'Mewnflwch',
'Story – Inbox': 'Stori – Mewnflwch',
'Members': 'Aelodau',
'Accept your invitation': 'Derbyn eich gwahoddiad',
'Coverage': 'Cwmpas',
'Widgets': 'Teclynnau',
'Alerts': 'Rhybuddion',
'API keys': 'Allweddi API',
'Billing': 'Bilio',
'Dashboard': 'Dangosfwrdd',
'Platform admin': 'Gweinyddu’r platfform',
'Subscribers – Platform admin': 'Tanysgrifwyr – Gweinyddu’r platfform',
'Subscriber – Platform admin': 'Tanysgrifiwr – Gweinyddu’r platfform',
'Service directory – Platform admin': 'Cyfeiriadur gwasanaethau – Gweinyddu’r platfform',
'Page not found': "Heb ddod o hyd i'r dudalen",
'Moderation': 'Cymedroli',
'Tags': 'Tagiau',
'Admin': 'Gweinyddu',
'{0}, {1} without a published response, {2} overdue': '{0}, {1} heb ymateb wedi ei gyhoeddi, {2} yn hwyr',
'at least {0}, {1} without a published response, {2} overdue': 'o leiaf {0}, {1} heb ymateb wedi ei gyhoeddi, {2} yn hwyr',
'Published stories about the services you cover: overdue ones first, then the newest.': "Straeon wedi eu cyhoeddi am y gwasanaethau rydych chi'n eu cwmpasu: y rhai hwyr yn gyntaf, yna'r diweddaraf.",
'Description of a person': 'Disgrifiad o berson',
'Inbox settings': "Gosodiadau'r mewnflwch",
'Not an experience of care': 'Nid profiad o ofal',
'Readers’ reports – Moderation': 'Adroddiadau darllenwyr – Cymedroli',
'Restricted stories': 'Straeon cyfyngedig',
'Restricted story': 'Stori gyfyngedig',
'Review requests – Platform admin': 'Ceisiadau am adolygiad – Gweinyddu’r platfform',
'Restricted': 'Cyfyngedig',
'Reject reasons – Moderation': 'Rhesymau gwrthod – Cymedroli',
'Moderation dashboard': 'Dangosfwrdd cymedroli',
'Safeguarding moderators – Platform admin': 'Cymedrolwyr diogelu – Gweinyddu’r platfform',
'Reject reasons': 'Rhesymau gwrthod',
'Figures': 'Ffigurau',
}

def load_tsv():
    here = os.path.dirname(os.path.abspath(__file__))
    for name in sorted(glob.glob(os.path.join(here, 'cy', '*.tsv'))):
        for n, line in enumerate(open(name, encoding='utf-8'), 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            english, sep, welsh = line.partition('\t')
            if not sep or not welsh.strip():
                sys.exit(f'{name}:{n}: expected English<TAB>Welsh')
            k = norm(english)
            if k in CY and CY[k] != welsh:
                sys.exit(f'{name}:{n}: "{english}" already has another Welsh: "{CY[k]}"')
            CY[k] = welsh

def norm(text):
    return re.sub(r'\s+', ' ', text).strip()

def key(source):
    return norm(re.sub(r'<x id="(\d+)"[^>]*/>', r'{\1}', source)).replace('&amp;', '&').replace('&quot;', '"').replace('&apos;', "'").replace('&lt;', '<').replace('&gt;', '>')

def esc(t):
    return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

CY = {norm(k): v for k, v in CY.items()}
load_tsv()
path = sys.argv[1] if len(sys.argv) > 1 else 'portal/xliff/cy.xlf'
xlf = open(path).read()
missing = []
def fill(m):
    unit, source = m.group(0), m.group(2)
    k = 'id:' + m.group(1) if 'id:' + m.group(1) in CY else key(source)
    if k not in CY:
        missing.append(k)
        return unit
    xs = dict(re.findall(r'(<x id="(\d+)"[^>]*/>)', source)[i][::-1] for i in range(len(re.findall(r'<x id=', source))))
    # The space around a fragment (" per month") is the source's, whatever the table says.
    lead, trail = re.match(r'^\s*', source).group(0), re.search(r'\s*$', source).group(0)
    welsh = lead + CY[k].strip() + trail if source.strip() else CY[k]
    target = re.sub(r'\{(\d+)\}', lambda mm: xs[mm.group(1)], esc(welsh))
    unit = re.sub(r'\s*<target>.*?</target>', '', unit, flags=re.S)
    return unit.replace('</source>', f'</source>\n  <target>{target}</target>', 1)
xlf = re.sub(r'<trans-unit id="([^"]+)">\s*<source>(.*?)</source>.*?</trans-unit>', fill, xlf, flags=re.S)
open(path, 'w').write(xlf)
if missing:
    print('missing Welsh for (English<TAB>Welsh lines to add to portal/xliff/cy/<area>.tsv):')
    print(*sorted(set(missing)), sep='\t\n', end='\t\n')
    sys.exit(1)
