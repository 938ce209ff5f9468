"""The words of sexual function: with a change beside them, a red flag when the back is part of the
story (GIRFT: sexual change alone needs prompt advice, not 999; see `red_flags`)."""

from __future__ import annotations

from bot.understanding.triage_tags import Tag
from bot.understanding.triage_tags import words as _words

SEXUAL_WORDS: dict[Tag, tuple[str, ...]] = {
    Tag.SEX: _words(
        "erection* | erect* | ejacul* | orgasm* | climax* | get it up | keep it up | get hard | stay hard | sex | "
        "intercourse | making love | sex life | come during | cum | impoten* | erectile | cant come | couldnt come | "
        "felt like nothing | intimate | make love | cant get it up | couldnt get it up | cant keep it up | "
        "goes soft | go soft | went soft | going soft | lose my erection | losing my erection | got hard | "
        "in the bedroom | bedroom department | bedroom side of things | between the sheets | when i came | "
        "when i come | came last night | climaxed | boner | boners | stiffy | stiffie | hardon | a hard on | "
        "get a hard on | get it hard | keep it hard | errection* | erektion | orgasim | orgazm | orgasam | "
        "ejeculat* | sperm | semen | spunk | jizz | cumming | shag | shagging | bonk | bonking | nookie | "
        "hows your father | rumpy pumpy | hanky panky | lovemaking | love making | sexual | sexually | libido | "
        "intimacy | marital relations | sexual relations | penetration | penetrative | masturbat* | wanking | "
        "a wank | self pleasure | viagra | sildenafil | cialis | tadalafil | arousal | aroused | foreplay | "
        "doing the deed | couldnt finish last night | couldnt finish last nite | tried to finish | "
        "trouble finishing | cant finish in bed | couldnt climax | cant climax | cant have sex | cant have sex cos | "
        "cant have sex because | cannot have sex | not able to have sex | get things to work | get things working | "
        "things to work | in my old fella | in me old fella | "
        "no lead in the pencil | no lead in my pencil | no lead in his pencil | "
        "cant rise to the occasion | not rising to the occasion | wont stand to attention | no stiffy | "
        "cant get a stiffy | no hard on | cant get a hard on | cant get hard | "
        "willy wont work | willy doesnt work | willy isnt working | wont work down there | "
        "doesnt work down there | nothing works down there | nothing working down there | "
        "not working down there | erections have gone completely | erection has gone completely | "
        "erections gone completely"
    ),
}
