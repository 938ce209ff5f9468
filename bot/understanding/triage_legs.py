"""Red-flag vocabulary for the legs: one leg or both, a side, weakness and walking.

Same format as `triage_words` (entries separated by "|", `*` for any ending).
"""

from __future__ import annotations

from bot.understanding.triage_tags import Tag
from bot.understanding.triage_tags import words as _words

# a foot that slaps, drags or will not lift (`leg_flags.foot_drop`)
FOOT_DROP = _words(
    "foot drop | drop foot | footdrop | dropfoot | foot is dropping | foot keeps dropping | foot dropping | "
    "slapping | slaps | slap | foot slaps | foot slapping | catching my toes | toes catching | "
    "toes keep catching | cant lift the front of my foot | "
    "cant lift the front of my left foot | cant lift the front of my right foot | "
    "cant lift my foot | cant lift my toes | floppy foot | foot has gone floppy | "
    "foot is floppy | foot gone floppy | floppier | dragging my foot | drag my foot | foot dragging | "
    "dragging my leg | tripping over my toes | trip over my toes | tripping on my toes | cant pick my foot up | "
    "cant pick my right foot up | cant pick my left foot up | started dropping | foot wont lift | flops down | "
    "slaps when i walk | keep catching the floor | catching the floor | catch the floor | catches the floor | "
    "foot wouldnt lift | feet wouldnt lift | left just didnt lift | "
    "right just didnt lift | the left didnt lift | the right didnt lift | high stepping | lifting his feet high | "
    "lifting her feet high | lifting his feet really high | lifting her feet really high | "
    "stepping over things"
)


LEG_WORDS: dict[Tag, tuple[str, ...]] = {
    Tag.FOOT_DROP: FOOT_DROP,
    Tag.LEG: _words("leg | foot | thigh | calf | knee | ankle | toes | toe | heel | shin | hip"),
    Tag.DITTO: _words(
        "doing it too | doing it as well | doing it now | doing the same | the same now | same thing | is the same | "
        "is the same now | as well now | now too | started too | gone too | going too | too now | dropping too | "
        "dropping as well | doing that too | doing that as well | doing the same thing | "
        "gone the same | gone the same way | the same way now | same as the other | same as the right | "
        "same as the left | like the other one | the same as well | leg too"
    ),
    Tag.LEGS: _words(
        "legs | feet | thighs | calves | knees | ankles | hips | lower limbs | limbs | calfs | shins | "
        "soles of my feet | bottoms of my feet | hamstrings | quads | lower legs | upper legs | leggs | legz | "
        "feets | foots | big toes | kneecaps | knee caps | balls of my feet | balls of the feet | "
        "balls of both feet | knees went | cant stay on my feet | unstable on my feet | lehs | lrgs"
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
        "opposite one | the opposite one | two leg | 2 legs | bi lateral | balls of both feet | gone the same way | "
        "the same way | same thing on the | now its both | its both now | now in both | in both now | its both | "
        "both of them now | never in both legs like this | never in both like this"
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
        "bum shuffling | bum shuffle | unstable on my feet | paralis* | paraliz* | colaps* | collasp* | legs fold | "
        "legs just fold | legs keep folding | legs folding | legs crumple | legs crumpled | legs crumpling | "
        "lost my legs | legs going from under me | legs go from under me | legs wont take me | legs wont carry me | "
        "legs cant carry me | legs wont support me | legs dont support me | legs have a mind of their own | "
        "cant get my legs to work | cant get my legs to move | legs wont do anything | like my legs arent there | "
        "walking on someone elses legs | walking on borrowed legs | knees keep going | knees keep buckling | "
        "walking like a puppet | walk like a puppet | like a puppet on a string | walking like a toddler | "
        "think im drunk | feet flap | feet flapping | feet wont lift | feet dont clear the ground | "
        "have to lift my knees high to walk | have to watch my feet to walk | have to look at my feet to walk | "
        "dont know where my feet are | cant tell where my feet are | cant feel where my feet are | "
        "tripping over nothing | tripping over my own feet | sank to the floor | crumpled to the floor | "
        "went down in a heap | keep ending up on the floor | clinging to the furniture | grabbing the furniture | "
        "holding on to everything | keep falling over | keeps falling over | falling over | "
        "losing my balance | lose my balance | losing balance | keep losing balance | balance has gone | "
        "balance is off | balance is gone | no balance"
    ),
    Tag.WEAK: _words(
        "weak* | giving way | give way | gave way | gives way | giving out | gave out | buckl* | collaps* | jelly | "
        "dragging | drag | drags | slapping | slap | foot drop | dropping | cant lift | cannot lift | cant walk | "
        "cannot walk | couldnt walk | can barely walk | cant stand | couldnt stand | crawl* | walking like | "
        "like a drunk | drunk | unsteady | wobbly | wobbling | tripping | trip over | tripped | stumbl* | "
        "falling over | fell over | keep falling | no strength | no power | lost strength | lost power | useless | "
        "floppy | not working | wont work | dont work | doesnt work | stopped working | wont hold me | cant move | "
        "cannot move | paralys* | paralyz* | wont move | wont lift | numb | numbness | tingl* | pins and needles | "
        "dead | works properly | work properly | working properly | weaker | weakness | barely stand | "
        "cant stand up | wont do what i tell them | wont do as theyre told | flop* | cant control my legs | "
        "lost control of my legs | not doing what i tell them | not doing what theyre told | "
        "dont do what i tell them | like lead | made of lead | made of wood | wading through treacle | treacle | "
        "going from under me | from under me | folded | knees folded | strings cut | catching my toes | "
        "catch my toes | just stopped | legs stopped | cant even stand | cant even walk | gone floppy | "
        "slapping my feet | feet slap | they slap | drop foot | foot is dropping | feet are dropping | flop | "
        "flop down | flopping | flops | from underneath me | from under her | from under him | knees went | "
        "gives out | like spaghetti | like noodles | like bambi | lost all strength | lost all power | "
        "zero strength | strength has gone | strength gone | power has gone | no force | without strength | "
        "losing strength | losing power | gone week | feel week | feels week | cant bear weight | cant weight bear | "
        "cant take my weight | wont take my weight | wont bear weight | wont hold my weight | cant hold my weight | "
        "cant support my weight | cant hold myself up | cant stay upright | cant stay on my feet | "
        "cant support myself | cant stand on tiptoe | cant stand on tiptoes | cant walk on tiptoe | "
        "cant walk on my heels | cant lift my toes | unable to walk | not able to walk | unable to stand | "
        "toes catching | catching my foot | scuffing | shuffling | flappy | footdrop | dropfoot | slaps | paralis* | "
        "paraliz* | colaps* | collasp* | keep falling down | doddery | unstable on my feet | "
        "cant manage the stairs | cant get up the stairs | just fold | keep folding | fold under me | "
        "fold beneath me | fold up under me | folding under me | crumple | crumpled | crumpling | like a puppet | "
        "like a marionette | like a rag doll | ragdoll | like stilts | walking on stilts | like im on stilts | "
        "like a newborn deer | like a baby deer | like a baby giraffe | like a newborn giraffe | "
        "like a sack of potatoes | like wet noodles | like wet spaghetti | cant trust them | "
        "dont trust them to hold me | cant rely on them | wont cooperate | not cooperating | wont obey | "
        "dont obey me | wont support me | dont support me | not supporting me | cant support me | wont carry me | "
        "dont carry me | not holding me up | flapping | flaps | toes catch | toes keep catching | "
        "catching on the carpet | catch on the carpet | scuff | cant go on tiptoe | walking on cotton wool | "
        "cant grip | no push | no push in them | lost the strength | no power in my legs | lost the power | "
        "legs wouldnt work | legs just wouldnt work | wouldnt work | wont work properly | wont take me weight | "
        "legs have gone | me legs have gone | my legs have gone | wont do what he tells them | "
        "wont do what she tells them | caught my toes | cant lift the front of my | wouldnt push me up | "
        "wont push me up | couldnt push myself up | cant push myself up | had to haul me | haul me out | "
        "like theyll fold | like they will fold | "
        "like theyre going to fold | legs wont hold him | legs wont hold her | legs wouldnt hold him | "
        "wouldnt hold her"
    )
    + FOOT_DROP,  # a dropping foot is a weak one too
}
