/**
 * Preset dictionary for the link payload's deflate: words an assignment is likely to use, so a
 * title, note and program name compress even though they are short. Frozen for link format 1:
 * changing one character makes every format-1 link undecodable — a new format gets a new one.
 * Most frequent strings sit last, where deflate reaches them with the shortest distances.
 */
export const LINK_DICTIONARY_V1 =
	'bkp-cement-leakage paper-overview procedure anatomy-levels complications neurological-deficits imaging-evaluation surgical-technique timing-indications outcomes-prognosis ' +
	'vertebroplasty kyphoplasty balloon osteoporotic vertebral compression fracture fractures ' +
	'spine spinal canal cord nerve root foramen epidural intradiscal paravertebral venous leak ' +
	'leaks leakage leaked cement bone PMMA viscosity volume needle cannula trocar pedicle ' +
	'transpedicular fluoroscopy CT MRI imaging radiograph decompression laminectomy removal ' +
	'revision neurological deficit deficits paraplegia radiculopathy pain outcome outcomes ' +
	'prognosis complication complications anatomy level levels indication indications timing ' +
	'technique procedure surgery surgical emergency urgent conservative management evidence ' +
	'case cases report paper review trial study guideline guidelines risk factors patient ' +
	'patients elderly osteoporosis Orthopaedic Orthopedic Orthopaedics Neurosurgery ' +
	'Neurosurgical Spine Surgery Department Hospital University Medical Center Centre College ' +
	'School of Medicine Residency Program Fellowship Trauma Clinical Institute Health PGY-1 ' +
	'PGY-2 PGY-3 PGY-4 PGY-5 Block Rotation Module Unit Chapter Journal Club Grand Rounds M&M ' +
	'morbidity and mortality conference teaching session exam board boards in-training OITE ' +
	'ABOS quiz test practice questions cards deck topics topic items all every each at least ' +
	'once please Please finish complete completed review Review read study Study before by the ' +
	'end of this next week Week month Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
	'January February March April May June July August September October November December ' +
	'today tomorrow call shift night day days when where why what how to operate operating ' +
	'room OR clinic ward you your we our they should must will can may need needs want be is ' +
	'are was not no yes with without for from into on in of a an as it its this that these ' +
	'those them their there here and or but if then so also only more most less least first ' +
	'second third last new old before after during between about over under up down out again';
