"""The red-flag vocabulary: everyday words mapped onto the concepts triage reasons with.

This is the table a clinician reviews (see docs/red-flags.md for each rule's source).
Words are matched after folding (lower case, no accents or apostrophes: "can't" is
"cant") and typo correction, as whole words or whole phrases; a word ending in `*`
matches any word that starts with it. Phrases win over the single words inside
them, so "no feeling" is a loss of sensation, never a denial.
"""

from __future__ import annotations

from bot.understanding.triage_alarms import ALARM_WORDS
from bot.understanding.triage_causes import CAUSE_WORDS
from bot.understanding.triage_context import CONTEXT_WORDS
from bot.understanding.triage_functions import FUNCTION_WORDS
from bot.understanding.triage_legs import LEG_WORDS
from bot.understanding.triage_noise import NOISE_WORDS
from bot.understanding.triage_sexual import SEXUAL_WORDS
from bot.understanding.triage_tags import Tag
from bot.understanding.triage_tags import words as _words
from bot.understanding.triage_time import TIME_WORDS

# Body areas and sensations: what a red flag is made of (the bladder, bowel and sex are in
# `triage_functions`, the legs in `triage_legs`).
SYMPTOM_WORDS: dict[Tag, tuple[str, ...]] = {
    Tag.AREA: _words(
        "genital* | groin | crotch | privates | private parts | private area | down there | down below | my bits | "
        "her bits | his bits | the bits | lady bits | lady garden | back passage | bum | bums | bumhole | bum hole | "
        "arse | arsehole | ass | butt | butt cheeks | backside | bottom | buttock* | bum cheeks | anus | anal | "
        "rectum | rectal | perine* | taint | saddle | saddle area | between my legs | between her legs | "
        "between his legs | between the legs | between your legs | inner thigh | inner thighs | "
        "inside of my thighs | vagina* | vulva | labia | fanny | front bottom | penis | willy | todger | testicle* | "
        "scrotum | balls | undercarriage | nether region | nether regions | ring | downstairs | nethers | "
        "where i sit | where you sit | sit bones | clitoris | lady parts | private bits | intimate area | "
        "intimate parts | tailbone area | middle bit | the middle | crack | bum crack | perianal | "
        "area one would sit on | area you would sit on | area you sit on | the area i sit on | bicycle saddle | "
        "seat area | my seat | whole seat | where id sit | bike saddle | between my cheeks | insides of my thighs | "
        "inside my thighs | my crutch | the crutch | in my crutch | round my crutch | around my crutch | my bun | "
        "her bun | his bun | bit between them | the bit between | sitting on something that isnt there | me bits | "
        "me privates | me undercarriage | me crotch | them bits | me nethers | my cock | my dick | my bollocks | "
        "goolies | my knackers | me knackers | ballsack | foreskin | manhood | wedding tackle | family jewels | "
        "my willie | front bum | foof | minge | vag | vajayjay | va jay jay | ladybits | ladyparts | lady area | "
        "clit | vulval | virgina | testicals | pubic area | pubic region | pubes | sex organs | private zone | "
        "intimate zone | arse hole | butthole | ringpiece | sphincter | arse crack | butt crack | arse cheeks | "
        "jacksie | jacksy | derriere | botty | bahookie | doup | erse | gooch | perinium | perenium | groins | "
        "gentials | genetals | genitails | privites | inner legs | inside of my legs | between my thighs | "
        "between the thighs | between me legs | between the cheeks | where i wipe | where you wipe | "
        "the bit i sit on | rectal exam | both bum cheeks | both arse cheeks | both butt cheeks | groim | grion | "
        "gorin | from the waist down | waist down | pelvic area | pelvis | tuppence | front passage | rear end | "
        "sitting on a wallet | sat on a wallet | sitting on a cold wallet | on a wallet | "
        "sitting on a folded towel | sitting on a phone book | doon below | doon there | you know where | "
        "youknowwhere | you know what | feeling in the bottom | the bit youd sit on | bit youd sit on | "
        "bit you sit on | the bit you sit on"
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
        "like its not attached | feels disconnected | anaesthetised | anesthetised | anaesthetized | anesthetized | "
        "like sitting on a cushion | like sitting on a pillow | like sitting on a sponge | like sitting on nothing | "
        "sitting on thin air | like sitting on an ice pack | like sitting on a block of ice | like a block of wood | "
        "like frostbite | frostbitten | like wearing thick pants | like im wearing thick pants | "
        "like wearing thick knickers | like wearing padded shorts | like wearing padded cycling shorts | "
        "like wearing a wetsuit | through a layer | through a blanket | like cling film | like clingfilm | "
        "like its wrapped in | muffled feeling | deadened | dulled sensation | dulled feeling | dead to the touch | "
        "dead patch | a cold patch | like a fat lip | like after a filling | like freeze spray | like static | "
        "static feeling | bugs crawling | insects crawling | switched off | disconnected | not part of my body | "
        "doesnt feel like mine | dont feel like mine | doesnt feel like part of me | like plastic | "
        "like when your foot goes to sleep | goes to sleep | numv | wasnt my body | not my body | isnt my body | "
        "sitting on a cold wallet | on a wallet | sitting on a folded towel | sitting on a phone book | "
        "cold feeling | feels cold | feel cold | sort of cold | like ice | sat on ice | been sat on ice | on ice | "
        "an ice pack on | cotton wool | full of cotton wool | been to the dentist | like ive been to the dentist | "
        "like theyve been to the dentist | sat in something wet | feel wet | feeling wet | feels wet | feels damp | "
        "feel damp | like im hovering | hovering | not touching the seat | like im floating | "
        "floating above the seat | nothing feeling | dull nothing | a dull nothing | "
        "buzzy | cling film | clingfilm | volume down | "
        "volume turned down | dulled | dull feeling | muffled | "
        "feeling turned down | sensation turned down | "
        "gone num | went num | numm"
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
        "feeling has been lost | all feeling has gone | all feeling has been lost | cant fell | couldnt fell | "
        "cant feal | cnat feel | cant feell | canny feel | didnae feel | dinnae feel | couldnae feel | feel nothin | "
        "feel nuffin | feel naething | feel sod all | feel bugger all | feel fuck all | feel naff all | feel zilch | "
        "felt nothin | lost all sensation | lost sensitivity | no sensitivity | zero feeling | zero sensation | "
        "sensation has gone | sensation is gone | sensation gone | sensations gone | no feelin | nae feeling | "
        "nae feelin | nae sensation | unable to sense | couldnt sense | could not sense | not sensing | "
        "doesnt register | dont register | not registering | never felt a thing | never felt it | never feel it | "
        "no feel | no can feel | not can feel | cannot to feel | feeling is lost | sensation is lost | "
        "didnae feel it | might as well not be there | may as well not be there | might as well not exist | "
        "didnt register | didnt even register | doesnt even register | never registers | barely registers | "
        "hardly registers | nothing registers | feel absolutely nothing | felt absolutely nothing | "
        "feel literally nothing | felt literally nothing | not a flicker | not even a tickle | felt zilch | "
        "felt sod all | felt bugger all | felt naff all | felt nuffin | have to look to know | "
        "only know by looking | only know from looking | wouldnt know it was there | wouldnt know its there | "
        "like it isnt happening | as if it isnt happening | like it wasnt happening | feeling isnt there | "
        "feelings not there | sensation isnt there | cant detect | couldnt detect | cant perceive | "
        "unable to perceive | signals not getting through | message isnt getting through | like a blind spot | "
        "cant feek | hasnt come back | feeling hasnt come back | feeling has not come back | "
        "feeling hasnt returned | not a lot of feeling | no sense of touch | not much feeling | stop you feeling | "
        "stops you feeling | stop me feeling | stopped me feeling | neva feel | never feel | cant really tell | "
        "cant quite tell | dont think i can feel | not sure i can feel | nothings there | like nothings there | "
        "lose feeling | lose the feeling | lose all feeling | lose sensation | lose all sensation | "
        "hardly any sensation | hardly any feeling | barely any feeling | barely any sensation | "
        "very little sensation | very little feeling | hardly any feel | not much sensation | "
        "still no feeling | still cant feel | "
        "not sure if i can feel | not sure if i can still feel"
    ),
    Tag.PAIN: _words(
        "pain* | sciatic* | sciatia | ache* | aching | hurt* | agony | sore | shooting | burning | throbbing | "
        "stabbing | achy | achey | aches | achin | stiff | stiffness | booted | kicked | punched | bruised | "
        "bruise | stabbed | knife | on fire | battered | throbs | twinge*"
    ),
    Tag.BACK: _words(
        "back | lower back | spine | spinal | lumbar | disc | slipped disc | tailbone | coccyx | neck | pelvis | "
        "bum bone | landed on my back | landed flat on my back | on my back | did my back in | done my back in | "
        "did his back in | did her back in | put my back out | put his back out | put her back out | since my back | "
        "since i did my back | since i put my back | since his back | since her back | since my disc | "
        "did me back in | done me back in | put me back out | since me back | since my back op | since my op | "
        "since the op | since surgery | since my operation | since my back surgery | lumbago"
    ),
}

WORDS: dict[Tag, tuple[str, ...]] = {
    **SYMPTOM_WORDS,
    **FUNCTION_WORDS,
    **SEXUAL_WORDS,
    **LEG_WORDS,
    **ALARM_WORDS,
    **CONTEXT_WORDS,
    **TIME_WORDS,
    **CAUSE_WORDS,
    **NOISE_WORDS,
}
