"""The red-flag vocabulary: everyday words mapped onto the concepts triage reasons with.

This is the table a clinician reviews (see docs/red-flags.md for each rule's source).
Words are matched after folding (lower case, no accents or apostrophes: "can't" is
"cant") and typo correction, as whole words or whole phrases; a word ending in `*`
matches any word that starts with it. Phrases win over the single words inside
them, so "no feeling" is a loss of sensation, never a denial.
"""

from __future__ import annotations

from bot.understanding.triage_alarms import ALARM_WORDS
from bot.understanding.triage_context import CONTEXT_WORDS
from bot.understanding.triage_functions import FUNCTION_WORDS
from bot.understanding.triage_noise import NOISE_WORDS
from bot.understanding.triage_tags import Tag
from bot.understanding.triage_tags import words as _words

# Body areas, sensations and the legs: what a red flag is made of (the bladder, bowel and
# sex are in `triage_functions`).
SYMPTOM_WORDS: dict[Tag, tuple[str, ...]] = {
    Tag.AREA: _words(
        "genital* | groin | crotch | privates | private parts | private area | down there | down below | my bits | "
        "her bits | his bits | the bits | lady bits | lady garden | back passage | bum | bums | bumhole | bum hole | "
        "arse | arsehole | ass | butt | butt cheeks | backside | bottom | buttock* | bum cheeks | anus | anal | "
        "rectum | rectal | perine* | taint | saddle | saddle area | between my legs | between her legs | "
        "between his legs | between the legs | between your legs | inner thigh | inner thighs | "
        "inside of my thighs | vagina* | vulva | labia | fanny | front bottom | penis | willy | todger | testicle* | "
        "scrotum | balls | undercarriage | nether region* | ring | downstairs | nethers | where i sit | "
        "where you sit | sit bones | clitoris | lady parts | private bits | intimate area | intimate parts | "
        "tailbone area | middle bit | the middle | crack | bum crack | perianal | area one would sit on | "
        "area you would sit on | area you sit on | the area i sit on | bicycle saddle | seat area | my seat | "
        "whole seat | where id sit | bike saddle | between my cheeks | insides of my thighs | inside my thighs | "
        "my crutch | the crutch | in my crutch | round my crutch | around my crutch | my bun | her bun | his bun | "
        "bit between them | the bit between | sitting on something that isnt there | me bits | me privates | "
        "me undercarriage | me crotch | them bits | me nethers | my cock | my dick | my bollocks | goolies | "
        "my knackers | me knackers | ballsack | foreskin | manhood | wedding tackle | family jewels | my willie | "
        "front bum | foof | minge | vag | vajayjay | va jay jay | ladybits | ladyparts | lady area | clit | vulval | "
        "virgina | testicals | pubic area | pubic region | pubes | sex organs | private zone | intimate zone | "
        "arse hole | butthole | ringpiece | sphincter | arse crack | butt crack | arse cheeks | jacksie | jacksy | "
        "derriere | botty | bahookie | doup | erse | gooch | perinium | perenium | groins | gentials | genetals | "
        "genitails | privites | inner legs | inside of my legs | between my thighs | between the thighs | "
        "between me legs | between the cheeks | where i wipe | where you wipe | the bit i sit on | rectal exam | "
        "both bum cheeks | both arse cheeks | both butt cheeks"
    ),
    Tag.TOUCH: _words(
        "wipe | wiping | wiped | toilet paper | loo roll | toilet roll | toilet seat | loo seat | shaving | shave | "
        "shower water | in the shower | bike seat | sitting on a saddle | partners touch | husbands touch | "
        "wifes touch | when touched | touch it | like a dental injection | dental injection | like an anaesthetic | "
        "injection at the dentist | bidet | bidet water | the water | pinched | pinch | towel | drying myself | "
        "tampon | tampons | period pad | feel the seat | the seat under me | seat under me | partner touched me | "
        "touched me | husband touched me | wife touched me | under me | underneath me | bottom of the bath | "
        "the bath under me | with cotton wool | touched with cotton wool | cotton wool test | wipes | wet wipes | "
        "baby wipes | toilet tissue | bog roll | loo paper | shaved | waxing | bikini wax | hair removal | "
        "bath water | bathwater | in the bath | showering | drying off | dried myself | patting dry | cotton bud | "
        "when i touch | if i touch | when i touched | washing myself | when i wash | flannel | face cloth | "
        "washcloth | washing her | washing him | cleaning her up | cleaning him up | personal care | intimate care | "
        "bicycle seat | cycle seat | bog seat | smear test | internal exam | rectal exam | pin prick | pinprick | "
        "prodded | touching myself | vibrator | sex toy | suppository | pessary | enema | applying cream | "
        "putting cream on"
    ),
    Tag.SENSE: _words(
        "numb | numbness | numbed | numbing | tingl* | pins and needles | pins n needles | pins needles | dead | "
        "deadness | feels dead | feels weird | feel weird | feels odd | feel odd | feels strange | feel strange | "
        "feels different | feel different | feels funny | feel funny | weird feeling | odd feeling | "
        "strange feeling | funny feeling | altered feeling | altered sensation | fizzing | fizzy | buzzing | "
        "like cotton wool | like rubber | rubbery | frozen | prickling | reduced feeling | less feeling | "
        "reduced sensation | less sensation | anaesthesia | anesthesia | local anaesthetic | anaesthetic | "
        "anesthetic | local anesthetic | gone to sleep | asleep | wont wake up | novocaine | novocain | lidocaine | "
        "been injected | injected with | sat on my foot | sat on your foot | sat on my leg | sat on your leg | "
        "someone elses | somebody elses | belong to someone else | belongs to someone else | "
        "belong to somebody else | not mine | not my own | arent mine | made of rubber | like lead | made of wood | "
        "like wood | wooden | frozen peas | bag of frozen peas | fuzzy | wearing off | through jeans | "
        "through a thick | through thick | through gloves | through a glove | mannequin | belong to a stranger | "
        "a stranger | isnt touching | not touching | wasnt touching | wasnt there | isnt there | cushion of air | "
        "sitting on air | dentist injection | like theyre not mine | doesnt feel normal | dont feel normal | "
        "not feel normal | doesnt feel right | dont feel right | not normal | numn | numd | nunb | mumb | numbe | "
        "numbb | sitting on a wallet | sat on a wallet | sitting on something that isnt there | numbish | numness | "
        "numbess | numbnes | numnes | tinggling | pins an needles | pin and needles | pins and needle | "
        "ants crawling | like ants | crawling feeling | crawling sensation | crawly feeling | prickly | "
        "prickly feeling | buzzy feeling | vibrating feeling | vibrating sensation | zinging | woolly | "
        "woolly feeling | desensitised | desensitized | less sensitive | not as sensitive | reduced sensitivity | "
        "decreased sensation | decreased feeling | diminished sensation | diminished feeling | impaired sensation | "
        "paraesthesia | paresthesia | parasthesia | hypoaesthesia | feels queer | feels peculiar | "
        "peculiar feeling | unusual feeling | unusual sensation | feeling has changed | sensation has changed | "
        "changed sensation | deid | gone deid | like an epidural | like the dentist | after the dentist | "
        "like sitting on ice | doesnt belong to me | dont belong to me | like its not there | "
        "like its not attached | feels disconnected"
    ),
    Tag.NOFEEL: _words(
        "cant feel | cannot feel | can not feel | cant really feel | couldnt feel | could not feel | "
        "unable to feel | no feeling | no sensation | lost feeling | lost sensation | lost the feeling | "
        "lost all feeling | loss of feeling | loss of sensation | losing feeling | lost the sensation | dont feel | "
        "didnt feel | doesnt feel | did not feel | do not feel | not feel | not feeling | barely feel | "
        "hardly feel | cant sense | no longer feel | nothing there | feel nothing | felt nothing | feel anything | "
        "cant tell | felt like nothing | feels like nothing | feel like nothing | cant feel much | feel much | "
        "felt nowt | feel nowt | feel nowt at all | felt nowt at all | nowt | couldnt tell | could not tell | "
        "cant tell the | without feeling | without me feeling | without feeling it | cant feel it | didnt feel it | "
        "dont feel it | not feel it | couldnt feel it | cnt feel | carnt feel | cannae feel | cant feeel | "
        "feeling has been lost | feeling has gone | all feeling has gone | feeling is gone | feeling went | "
        "all feeling has been lost | feeling just went | cant fell | couldnt fell | cant feal | cnat feel | "
        "cant feell | canny feel | didnae feel | dinnae feel | couldnae feel | feel nothin | feel nuffin | "
        "feel naething | feel sod all | feel bugger all | feel fuck all | feel naff all | feel zilch | felt nothin | "
        "lost all sensation | lost sensitivity | no sensitivity | zero feeling | zero sensation | "
        "sensation has gone | sensation is gone | sensation gone | sensations gone | feeling gone | feelings gone | "
        "no feelin | nae feeling | nae feelin | nae sensation | unable to sense | couldnt sense | could not sense | "
        "not sensing | doesnt register | dont register | not registering | never felt a thing | never felt it | "
        "never feel it | no feel | no can feel | not can feel | cannot to feel | feeling is lost | "
        "sensation is lost | didnae feel it"
    ),
    Tag.LEG: _words("leg | foot | thigh | calf | knee | ankle | toes | shin | hip"),
    Tag.LEGS: _words(
        "legs | feet | thighs | calves | knees | ankles | hips | lower limbs | limbs | calfs | shins | "
        "soles of my feet | bottoms of my feet | hamstrings | quads | lower legs | upper legs | leggs | legz | "
        "feets | foots | big toes | kneecaps | knee caps | balls of my feet | balls of the feet | "
        "balls of both feet | knees went | cant stay on my feet | unstable on my feet"
    ),
    Tag.BOTH: _words(
        "both | either | neither | each | both my | both her | both his | both of my | both the | "
        "both of them | both of her | both of his"
    ),
    Tag.SIDES: _words(
        "right one too | left one too | the right one too | the left one too | both sides | each side | "
        "either side | left and right | right and left | two legs | bilateral* | other leg | other side | "
        "other foot | opposite leg | opposite side | other one too | the other one | spread to the other | "
        "spreading to the other | now in the other | the other leg | into the other | both legs | both feet | "
        "both thighs | both calves | both buttocks | both hips | both knees | all the way down both | down both | "
        "in both | of both | neither leg | either leg | either foot | each leg | each foot | both ankles | "
        "both of my legs | both of her legs | both of his legs | right too | left too | right as well | "
        "left as well | other leg as well | other leg too | both now | now both | its in both | now the other | "
        "other ones | the other ones | left one is too | right one is too | the other one is | other one is | "
        "they both | both of them | both feel | both are | both have | to my right leg | to my left leg | "
        "right one has started | left one has started | two side | two sides | both side | 2 sides | two legs | "
        "left into my right | right into my left | left leg into my right | right leg into my left | "
        "left into the right | right into the left | has joined in | joined in | right has joined in | "
        "left has joined in | started on the other side | going the same way | getting the same | same on the left | "
        "same on the right | both leg | both foot | both feets | both legz | booth legs | bothe legs | bth legs | "
        "baith legs | baith feet | baith sides | both me legs | both me feet | both o my legs | both of me legs | "
        "each of my legs | each of my feet | neither of my legs | neither foot | into both | across both | "
        "affecting both | affects both | both shins | both soles | both big toes | both hamstrings | both calfs | "
        "both lower legs | both upper legs | both bum cheeks | both arse cheeks | both butt cheeks | both glutes | "
        "left one as well | right one as well | left one now too | right one now too | other one as well | "
        "opposite one | the opposite one | two leg | 2 legs | bi lateral | balls of both feet"
    ),
    Tag.SIDE: _words(
        "left | right | one side | one leg | one foot | one buttock | one cheek | left side | right side | "
        "only one | just one | only the left | only the right | just the left | just the right | single leg | "
        "one sided"
    ),
    Tag.SOFT_AREA: _words("buttock | buttocks | bum cheek | butt cheek | cheek | glute | glutes | hip | hips"),
    Tag.SEVERE_WALK: _words(
        "crawl* | walking like a drunk | like a drunk | walk like a drunk | collaps* | paralys* | paralyz* | "
        "unsteady | legs wont hold me | legs gave way | legs giving way | legs give way | legs buckling | "
        "legs buckled | legs keep giving way | legs went | legs just went | cant feel my legs | cant feel my feet | "
        "legs are useless | legs like jelly | off balance | lost my balance | cant lift my feet | cant lift either | "
        "feet slapping | feet dragging | dragging both | both feet are dragging | slapping walk | high stepping | "
        "changed the way i walk | walking funny | walking strangely | keep tripping | keeps tripping | "
        "tripping over my feet | tripping over my toes | look drunk | looks drunk | walk has gone funny | "
        "walk has gone all funny | walking has gone funny | holding onto the furniture | "
        "holding on to the furniture | hold onto the furniture | holding onto furniture | holding the walls | "
        "holding onto the walls | holding on to the walls | furniture walking | using the walls | "
        "went off her legs | went off his legs | lost the use of my legs | lost use of my legs | "
        "lost the use of her legs | lost the use of his legs | losing the use of my legs | no use of my legs | "
        "walking like im drunk | walk like im drunk | cant walk at all | cannot walk at all | "
        "unable to walk at all | cant stand at all | cant get off the floor | cant get up off the floor | "
        "legs gave up | legs have given up | legs packed up | legs packed in | legs gave out | legs give out | "
        "legs giving out | legs wont work | legs dont work | legs not working | legs stopped working | "
        "legs wont move | legs wont go | legs failed | legs are failing | legs keep failing | legs folded | "
        "gone off her legs | gone off his legs | gone off my legs | me legs went | staggering about | "
        "staggering around | bambi on ice | newborn foal | grabbing the walls | clinging to the walls | "
        "bum shuffling | bum shuffle | unstable on my feet | paralis* | paraliz* | colaps* | collasp*"
    ),
    Tag.WEAK: _words(
        "weak* | giving way | give way | gave way | gives way | giving out | gave out | buckl* | collaps* | jelly | "
        "dragging | drag | drags | slapping | slap | foot drop | dropping | cant lift | cannot lift | cant walk | "
        "cannot walk | couldnt walk | can barely walk | cant stand | couldnt stand | crawl* | walking like | "
        "like a drunk | drunk | unsteady | wobbly | wobbling | tripping | trip over | tripped | stumbl* | "
        "falling over | fell over | keep falling | no strength | no power | lost strength | lost power | useless | "
        "floppy | not working | wont work | dont work | doesnt work | stopped working | wont hold me | cant move | "
        "cannot move | paralys* | paralyz* | heavy | wont move | wont lift | numb | numbness | tingl* | "
        "pins and needles | dead | works properly | work properly | working properly | weaker | weakness | "
        "barely stand | cant stand up | wont do what i tell them | wont do as theyre told | flop* | "
        "cant control my legs | lost control of my legs | not doing what i tell them | not doing what theyre told | "
        "dont do what i tell them | wont do what theyre told | like lead | made of lead | made of wood | "
        "wading through treacle | treacle | going from under me | from under me | folded | knees folded | "
        "strings cut | catching my toes | catch my toes | just stopped | legs stopped | cant even stand | "
        "cant even walk | gone floppy | slapping my feet | feet slap | they slap | drop foot | foot is dropping | "
        "feet are dropping | flop | flop down | flopping | flops | from underneath me | from under her | "
        "from under him | knees went | gives out | like spaghetti | like noodles | like bambi | lost all strength | "
        "lost all power | zero strength | strength has gone | strength gone | power has gone | no force | "
        "without strength | losing strength | losing power | gone week | feel week | feels week | cant bear weight | "
        "cant weight bear | cant take my weight | wont take my weight | wont bear weight | wont hold my weight | "
        "cant hold my weight | cant support my weight | cant hold myself up | cant stay upright | "
        "cant stay on my feet | cant support myself | cant stand on tiptoe | cant stand on tiptoes | "
        "cant walk on tiptoe | cant walk on my heels | cant lift my toes | unable to walk | not able to walk | "
        "unable to stand | toes catching | catching my foot | scuffing | shuffling | flappy | footdrop | dropfoot | "
        "slaps | paralis* | paraliz* | colaps* | collasp* | keep falling down | doddery | unstable on my feet | "
        "cant manage the stairs | cant get up the stairs"
    ),
    Tag.PAIN: _words(
        "pain* | sciatic* | sciatia | ache* | aching | hurt* | agony | sore | shooting | burning | throbbing | stabbing"
    ),
    Tag.BACK: _words(
        "back | lower back | spine | spinal | lumbar | disc | slipped disc | tailbone | coccyx | neck | pelvis | "
        "bum bone | landed on my back | landed flat on my back | on my back | did my back in | done my back in | "
        "did his back in | did her back in | put my back out | put his back out | put her back out | since my back | "
        "since i did my back | since i put my back | since his back | since her back | since my disc | "
        "did me back in | done me back in | put me back out | since me back | since my back op | since my op | "
        "since the op | since surgery | since my operation | since my back surgery"
    ),
}

WORDS: dict[Tag, tuple[str, ...]] = {
    **SYMPTOM_WORDS,
    **FUNCTION_WORDS,
    **ALARM_WORDS,
    **CONTEXT_WORDS,
    **NOISE_WORDS,
}
