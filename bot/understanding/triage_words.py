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
from bot.understanding.triage_tags import Tag
from bot.understanding.triage_tags import words as _words

# Body areas, sensations and functions: what a red flag is made of.
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
        "me undercarriage | me crotch | them bits | me nethers"
    ),
    Tag.TOUCH: _words(
        "wipe | wiping | wiped | toilet paper | loo roll | toilet roll | toilet seat | loo seat | shaving | shave | "
        "shower water | in the shower | bike seat | sitting on a saddle | partners touch | husbands touch | "
        "wifes touch | when touched | touch it | like a dental injection | dental injection | like an anaesthetic | "
        "injection at the dentist | bidet | bidet water | the water | pinched | pinch | towel | drying myself | "
        "tampon | tampons | period pad | feel the seat | the seat under me | seat under me | partner touched me | "
        "touched me | husband touched me | wife touched me | under me | underneath me | bottom of the bath | "
        "the bath under me | with cotton wool | touched with cotton wool | cotton wool test"
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
        "numbb | sitting on a wallet | sat on a wallet | sitting on something that isnt there"
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
        "all feeling has been lost | feeling just went"
    ),
    Tag.BLADDER: _words(
        "pee | pees | peeing | peed | wee | wees | weeing | weed | urin* | bladder* | piss* | number one | "
        "number ones | stream | flow | catheter | waterworks | pass water | passing water | passed water | "
        "make water | wet | tinkle | widdle | dribbl* | trickle | streams | the stream | slash | a slash | "
        "not needed a wee | not been for a wee | not needed the loo | not needed a pee | dripping | dripping tap | "
        "drip | number 1 | no 1"
    ),
    Tag.BOWEL: _words(
        "poo | poos | pooing | pooed | poop* | bowel* | stool | stools | faeces | feces | number two | number twos | "
        "motion | motions | shat | shit | shitting | crap | wind | fart* | trump | open my bowels | back end | "
        "from behind | the other end | number 2 | no 2 | no2 | dump | a dump | have a dump | the bowel department | "
        "bowel department | my bowls | of my bowls | bowls open"
    ),
    Tag.TOILET: _words(
        "toilet | loo | the loo | lavatory | the bathroom | bog | need to go | needed to go | "
        "need to go to the toilet | if ive been | whether ive been | been or not | if i have been | if i had been | "
        "urge to go | the urge to go | need to go to the loo"
    ),
    Tag.SEX: _words(
        "erection* | erect* | ejacul* | orgasm* | climax* | get it up | keep it up | get hard | stay hard | "
        "sex | intercourse | making love | sex life | come during | cum | impoten* | erectile | cant come | "
        "couldnt come | felt like nothing | intimate | make love | cant get it up | couldnt get it up | "
        "cant keep it up | goes soft | go soft | went soft | going soft | lose my erection | "
        "losing my erection | got hard | in the bedroom | bedroom department | bedroom side of things | "
        "between the sheets | "
        "when i came | when i come | came last night | climaxed"
    ),
    Tag.CANT: _words(
        "cant | cannot | can not | couldnt | could not | unable | not able | wasnt able | havent been able | "
        "hasnt been able | trouble | difficult* | hard to | struggl* | strain | straining | strained | problem | "
        "problems | issue | issues | weak stream | slow stream | stop start | stopstart | wont start | wont come | "
        "nothing comes | nothing came | nothing happens | wont go | nothing out | retention | not emptying | "
        "not empty | doesnt empty | didnt empty | still full | feels full | hasnt gone | havent gone | havent been | "
        "hasnt been | not been | not gone | stopped | blocked | takes ages | ages to start | hesitan* | cant start | "
        "cant get | changed | change in | different | not working | stopped working | gone weird | trickle | "
        "dribble | dribbl* | not right | cant come | couldnt come | push | pushing | not come | doesnt come | "
        "wont come out | nothing comes out | barely a trickle | cant get it up | couldnt get it up | "
        "cant keep it up | goes soft | go soft | went soft | going soft | lose my erection | losing my erection | "
        "cnt | carnt | cnt pee | before anything happened | only a dribble | for ages before | properly | "
        "couldnt tell if | couldnt tell | nothing happening | nothing happened | wont empty | doesnt empty right | "
        "cant empty | not emptying right | gone funny | gone all funny | not to be able | not being able | "
        "unable to | wee and nothing | pee and nothing | go and nothing | push and nothing | try and nothing | "
        "trying and nothing | tried and nothing | piss and nothing"
    ),
    Tag.CONTROL: _words(
        "no control | lost control | loss of control | losing control | out of control | cant control | "
        "cannot control | couldnt control | cant hold | cant hold it | cannot hold | cant stop | "
        "couldnt stop | couldnt hold | unable to control | unable to hold | unable to stop | "
        "cant keep it in | weak bladder | control of my | control over | no warning | "
        "cant get to the toilet in time | not in time | didnt make it | didnt make it to the | "
        "cant make it to the | in time | "
        "to control my | unreliable"
    ),
    Tag.LEAK: _words(
        "leak* | dribbl* | accident | accidents | nappy | nappies | incontinen* | soil* | wet myself | "
        "wetting myself | wetting | messed myself | messed | seep* | trickl* | damp | something came out | "
        "came out with it | followed through | follow through | marks in my underwear | marks in my pants | "
        "marks in his pants | marks in her pants | skid marks | stains | stained | staining | just came out | "
        "it came out | leaks out | leaking out | came out on the way | skidmarks | skid mark | didnt make it | "
        "didnt make it in time | poo came out | wee came out | comes out | just comes out | id been without | "
        "mark in my underwear | mark in my pants | brown mark | brown marks | come out | it come out"
    ),
    Tag.UNAWARE: _words(
        "no urge | no need | dont feel the need | dont feel the urge | didnt feel the need | didnt feel the urge | "
        "not feel the need | not feel the urge | not feeling the need | not feeling the urge | cant feel the need | "
        "cant feel the urge | dont know when | didnt know | dont know if | not know when | dont know whether | "
        "cant tell if | cant tell when | cant tell whether | didnt realise | didnt realize | not realising | "
        "without realising | without realizing | without noticing | without knowing | didnt notice | dont notice | "
        "not notice | not noticing | never notice | unaware | not aware | no idea when | no sensation | "
        "didnt feel it | dont feel it | cant feel it | not feel it | no warning | dont get the urge | "
        "dont get the feeling | dont get the need | never get the urge | havent had the urge | lost the urge | "
        "no longer get the urge | realise hours later | ive not been | find out after | dont get the sensation | "
        "no feeling i need | not needed | hasnt needed | havent needed | not needed to | no need to go | "
        "not been for a wee | not been to the loo | not needed the loo | not needed a wee | hasnt needed the loo | "
        "didnt need to go | couldnt tell if | couldnt tell whether | cant tell if i | still going or | "
        "or had finished | if i had finished | if ive finished | didnt even know | didnt even realise | "
        "didnt even realize | didnt even notice | never even noticed | had no idea | no idea | dont get the signal | "
        "no signal | dont get the message | dont get any warning | only know when | only realise when | "
        "not need a wee | not needing a wee | dont need a wee | dont need to wee | not need to wee | "
        "no need to wee | dont need to go | not needing to go | not need the loo | without me feeling | "
        "without me knowing | without knowing it | not felt the urge | not felt the need | havent felt the urge | "
        "havent felt the need | no urge to go | not had the urge | no feeling of needing | tell if | tell whether"
    ),
    Tag.LEAKED: _words(
        "stress incontinence | urge incontinence | wet the bed | wet my bed | wet bed | wet myself | wet herself | "
        "wet himself | weed myself | peed myself | pissed myself | wet my pants | wet my trousers | "
        "wet my knickers | peed the bed | soiled myself | soiled | pooed myself | pooped myself | shat myself | "
        "messed myself | messed herself | messed himself | soiled himself | soiled herself | pooed herself | "
        "pooed himself | wee myself | pee myself | wetting the bed | wetting myself | incontinent | incontinence | "
        "urinary retention | retention | soiling himself | soiling herself | soiling myself | wetting himself | "
        "wetting herself | had an accident | having accidents | accident in my pants | in my pants | in his pants | "
        "in her pants | peeing myself | weeing myself | pooing myself | pooping myself | keep leaking | "
        "keeps leaking | been leaking | leaking myself | pood myself | poo d myself | bed was soaked | "
        "soaked the bed | bed was wet | the bed was wet | woke up wet | woke up soaked | wet the sheets | "
        "sheets were wet | sheets were soaked"
    ),
    Tag.LEG: _words("leg | foot | thigh | calf | knee | ankle | toes | shin | hip"),
    Tag.LEGS: _words("legs | feet | thighs | calves | knees | ankles | hips | lower limbs | limbs"),
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
        "same on the right"
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
        "holding onto the walls | holding on to the walls | furniture walking | using the walls"
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
        "feet are dropping | flop | flop down | flopping | flops"
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

WORDS: dict[Tag, tuple[str, ...]] = {**SYMPTOM_WORDS, **ALARM_WORDS, **CONTEXT_WORDS}
