"""Red-flag triage's context words: denial, who is meant, a general question, the GP / NHS 111
signs, and look-alike phrases that are no red flag at all (time is in `triage_time`).

Same format as `triage_words` (entries separated by "|", `*` for any ending).
"""

from __future__ import annotations

from bot.understanding.triage_tags import Tag
from bot.understanding.triage_tags import words as _words

CONTEXT_WORDS: dict[Tag, tuple[str, ...]] = {
    Tag.HAVE: _words(
        "i have | ive got | i think i have | i think ive got | i might have | i may have | i must have | "
        "he has | she has | hes got | shes got | has got | have got | think its | think it is | it could be"
    ),
    Tag.WARNING: _words(
        "red flag | red flags | warning sign | warning signs | danger signs | danger sign | serious signs | "
        "emergency | an emergency | emergencies | a and e | a e | 999"
    ),
    Tag.PADS: _words(
        "pad | pads | wearing pads | need pads | needing pads | using pads | wear pads | wearing a pad | "
        "incontinence pads | tena | tena lady"
    ),
    Tag.PERIOD: _words(
        "my period | on my period | during my period | having my period | my periods | time of the month | menstrual"
    ),
    Tag.CONSTIPATED: _words(
        "constipat* | bunged up | bunged me up | bunged me right up | bunged right up | blocked up | backed up"
    ),
    Tag.TIRED: _words(
        "jelly | like jelly | legs like jelly | turned to jelly | gone to jelly | dead | tired | knackered | heavy | "
        "shattered | wobbly | like lead | feel like lead | legs like lead | heavy legs | done in | aching legs | "
        "achy legs | stiff | swollen"
    ),
    Tag.OTHER_SIDE: _words(
        "other leg | other side | other foot | the other one | other one | opposite leg | opposite side | the other leg"
    ),
    Tag.READ: _words(
        "i read | ive read | i heard | ive heard | read that | heard that | read about | leaflet | article | "
        "website | google | googled | googling | nhs says | nhs website | look out for | watch out for | "
        "keep an eye out | what to look for | red flag | red flags | warning sign | warning signs | signs of | "
        "symptoms of | told to watch | told me to watch | told me to look out | just in case | "
        "worried about getting | scared of getting | worried it could be | curious | they talk about | "
        "people talk about | you hear about | thing they talk about | i keep hearing | you hear of | card about | "
        "a card | gave me a card | leaflet about | warning card | ces card | watch for | to watch for | "
        "said to watch | told to look out | said to look out | page says | nhs page | the leaflet says | "
        "leaflet says | card says | website says | says something about | the card says | the nhs website | "
        "asking generally | just asking generally | asking in general | generally speaking | in general | "
        "general question | just a general question | programme about | documentary about | article about | "
        "video about | saw on tv | saw on the telly | read online | on a programme | in a programme | "
        "what do they mean by | what do they mean | what is meant by | what do you mean by | what does it mean by | "
        "ill end up | end up not able | end up like | scared ill | worried ill | afraid ill | those stories | "
        "stories online | discharge letter | letter lists | reasons to come back | reasons to go back | "
        "keeps asking whether | asking whether | asked whether | asks whether | shell get | hell get | ill get | "
        "youll get | theyll get | it says about | says about | it mentions"
    ),
    Tag.FEELING: _words("feel | feels | felt | feeling | feelings | sensation | sensations"),
    Tag.ODD: _words(
        "weird | strange | odd | different | wrong | funny | not mine | not my own | like cardboard | cardboard | "
        "like a cushion | cushion | rubber | rubbery | cold | like nothing | nothing | less | muffled | distant | "
        "alien | off | somebody elses | someone elses | not part of me | belongs to someone else | gloves | "
        "thick gloves | through gloves | gone to sleep | asleep | like im sat on | like im sitting on | "
        "like sitting on | like i am sitting on | like ive been sitting on | like sat on | as if im sat on | "
        "as if im sitting on | as if sitting on | as if its not mine | as if it isnt mine | "
        "as if its someone elses | far away | miles away | a long way away | detached | remote | foreign | "
        "unfamiliar | artificial | fake | plastic | padded | like padding | spongy | like a sponge | like foam | "
        "papery | like paper | leathery | like leather | like putty | like clay | like wax | waxy | icy | like ice | "
        "hollow | muted | dulled | blunted | blurry | blurred | hazy | insulated | unplugged | blank | unattached | "
        "separate from me | like a prosthetic"
    ),
    Tag.SPREAD: _words(
        "its now in | now in my | now in her | now in his | spread to | spreading to | spread into | "
        "spreading into | gone into | moved to | moved into | moving to | travelled to | reached my | got into my | "
        "moved up to | moved from | gone up to | spread up to | travelled up to | crept up to | crept into | "
        "up to my | up into my | round to my | its in my | it is in my | its gone to my | its got to my | "
        "has spread | its spread | spread up | moved up | now all | crept up | creeping up | now its up round | "
        "its up round | up round my | and into the | "
        "across to | spread across | spreading across | "
        "from my legs into | from my leg into | from my feet into | from my foot into | down into my"
    ),
    Tag.STOP: _words("and | now | also | plus | so | then | because | cos | coz"),
    Tag.NEG: _words(
        "no | not | never | without | nor | none | zero | isnt | arent | havent | hasnt | dont | doesnt | didnt | "
        "wasnt | werent | nothing | nope | no problems with | no problem with | no issues with | no trouble with | "
        "no issue with | havent been | hasnt been | hadnt been | anywhere near | been anywhere near"
    ),
    Tag.FINE: _words(
        "fine | all good | no problem | no problems | no issue | no issues | no trouble | no change | no changes | "
        "unaffected | working fine | working normally | perfectly | nothing wrong | no different | same as always | "
        "still feel | can feel | still pee | can pee | still have feeling | feeling is normal | ruled out | "
        "rule out | cleared | all clear | no signs | grand | is grand | is fine | is ok | is okay | is normal | "
        "unaffected | is alright | feels ok | feels okay | feels fine | feel everything | can feel everything | "
        "feel it all | feel it fine | no different lately | nothing different lately | are normal | all normal | "
        "everything normal | everything is normal | feels normal | both strong | legs both strong | "
        "legs are strong | legs strong | legs work | both legs work | legs are working | legs working | "
        "no problems with | no problem with | no issues with | no trouble with | no issue with | "
        "totally normal | weeing normally | peeing normally | going normally"
    ),
    Tag.IF: _words(
        "if | what if | in case | supposing | suppose | hypothetically | say i | lets say | scared of | afraid of | "
        "worried about | frightened of | terrified of | say both | say my | say if"
    ),
    Tag.GENERIC: _words(
        "you | your | yourself | someone | somebody | a person | people | anyone | anybody | patients | one | "
        "a patient | sufferers | a man | a woman"
    ),
    Tag.PERSON: _words(
        "i | im | ive | id | ill | my | me | mine | myself | we | our | us | he | hes | she | shes | him | "
        "her | his | hers | himself | herself | they | their | husband | wife | partner | mum | mom | dad | "
        "mother | father | son | daughter | nan | gran | grandad | grandma | brother | sister | friend | "
        "boyfriend | girlfriend | fiance | hubby | oh | missus | auntie | uncle"
    ),
    Tag.CES: _words("cauda equina | cauda | equina | ces | cauda equina syndrome"),
    Tag.FEVER: _words(
        "fever | feverish | temperature | high temperature | high temp | a temp | shivers | shivering | "
        "sweats | night sweats | chills | shaking | hot and cold | burning up | running a temperature"
    ),
    Tag.WEIGHT: _words(
        "weight loss | lost weight | losing weight | dropped weight | lost a stone | lost two stone | "
        "lost 2 stone | lost a lot of weight | weight has dropped | clothes are loose | falling off me | "
        "not trying to lose | without trying | without dieting | not dieting"
    ),
    Tag.CANCER: _words(
        "cancer | cancers | tumour | tumours | tumor | chemo | chemotherapy | radiotherapy | oncolog* | "
        "malignan* | metasta* | lymphoma | myeloma | leukaemia | leukemia | remission"
    ),
    Tag.LUMP: _words(
        "lump | lumps | swelling | swollen | bump | change in shape | changed shape | shape of my back | "
        "shape of my spine | deformity | curved | hunched"
    ),
    Tag.SHOULDERS: _words(
        "between my shoulder blades | between the shoulder blades | between shoulder blades | "
        "shoulder blades | shoulder blade | upper back | thoracic"
    ),
    Tag.NONSTOP: _words(
        "never eases | doesnt ease | does not ease | wont ease | not easing | never lets up | doesnt let up | "
        "even lying down | even at rest | even resting | resting doesnt help | rest doesnt help | "
        "no position helps | even when resting | even in bed | lying still | no matter what position | "
        "nothing eases"
    ),
    Tag.ASK: _words(
        "what | whats | can | could | does | do | is | are | how | when | should | would | will | which | why | "
        "may | might | is it | are there | tell me about | explain | define | what is | what are | is it possible | "
        "possible | common | rare | risk | signs | symptoms | red flags | red flag | warning signs | warning sign | "
        "mean | means | meaning | info | information | hypothetically | ever | cause | causes | give | lead to | "
        "happen | happens | is it normal | is this normal | is that normal | normal for sciatica | "
        "normal with sciatica | wat | wot | wats | wots"
    ),
}

# "I've got", "I can't", "I keep": a report, even inside "if" or "just in case". Read over a
# clause's words as a whole (not as a concept), so the words inside keep their own meaning.
REPORT_PHRASES = _words(
    "ive got | i have got | ive lost | i have lost | i cant | i cannot | i keep | ive been | "
    "ive noticed | i just noticed | i now have | its now | it is now | ive had | i have had | i am now | "
    "cant feel my | i now cant | now i cant | i can no longer | i no longer | if i stand | "
    "when i stand | every time i | whenever i | each time i | mines been | mine is | mines like | "
    "thats what | happening to me | i just did | im having | i am having | worried that | "
    "concerned that | scared that | he cant | she cant | he keeps | she keeps | come in with | "
    "still come in | hes wet | shes wet | hes just | shes just | hes been | shes been | he has been | she has been | "
    "hes had | shes had | he doesnt know | she doesnt know | have gone | has gone"
)
