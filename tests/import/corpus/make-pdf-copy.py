from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
style = doc.styles['Normal']
style.font.size = Pt(16)
style.font.name = 'Noto Serif CJK SC'
style.element.rPr.rFonts.set(qn('w:eastAsia'), 'Noto Serif CJK SC')
style.paragraph_format.space_after = Pt(0)
style.paragraph_format.line_spacing = Pt(28)

def para(text, indent=True, center=False, size=None):
    p = doc.add_paragraph()
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent: p.paragraph_format.first_line_indent = Pt(32)
    r = p.add_run(text)
    if size: r.font.size = Pt(size)
    return p

def toc(text, page):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Mm(156), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    p.add_run(f'{text}\t{page}')

# footer: — page —
footer = sec.footer.paragraphs[0]
footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
footer.add_run('— ')
run = footer.add_run()
for kind, val in (('begin', None), ('instr', 'PAGE'), ('end', None)):
    if kind == 'instr':
        el = OxmlElement('w:instrText'); el.set(qn('xml:space'), 'preserve'); el.text = val
    else:
        el = OxmlElement('w:fldChar'); el.set(qn('w:fldCharType'), kind)
    run._r.append(el)
footer.add_run(' —')

para('2024年全市民政工作要点', center=True, size=22)
para('目　录', center=True)
toc('一、坚持党建引领，推动全面从严治党向纵深发展', 2)
toc('（一）加强政治建设', 2)
toc('（二）加强作风建设', 2)
toc('二、聚焦民生保障，兜牢兜实兜准基本民生底线', 2)
toc('（一）健全社会救助体系', 2)
toc('（二）加强儿童福利保障', 3)
toc('（三）做好残疾人福利工作', 3)
toc('三、聚焦养老服务，推动养老服务体系建设提质增效', 3)
toc('（一）完善基本养老服务制度', 3)
toc('（二）提升养老机构服务质量', 4)
p = doc.add_paragraph(); p.add_run().add_break(__import__('docx').enum.text.WD_BREAK.PAGE)

body = [
 ('2024年，全市民政工作要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，认真落实全国民政工作会议和市委、市政府决策部署，坚持以人民为中心的发展思想，更好履行基本民生保障、基层社会治理、基本社会服务等职责，推动全市民政事业高质量发展。', True),
 ('一、坚持党建引领，推动全面从严治党向纵深发展', False),
 ('（一）加强政治建设。坚持把党的政治建设摆在首位，严格落实“第一议题”制度，深入学习贯彻习近平总书记关于民政工作的重要论述，教育引导党员干部深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。', True),
 ('（二）加强作风建设。持之以恒落实中央八项规定及其实施细则精神，持续纠治形式主义、官僚主义，深化民政领域群众身边不正之风和腐败问题集中整治，推进清廉民政建设，营造风清气正的良好政治生态。', True),
 ('二、聚焦民生保障，兜牢兜实兜准基本民生底线', False),
 ('（一）健全社会救助体系。贯彻落实《关于加强低收入人口动态监测做好分层分类社会救助工作的意见》，完善低收入人口动态监测信息平台，健全主动发现、动态监测、分类帮扶机制，推进社会救助由“人找政策”向“政策找人”转变，确保应保尽保、应救尽救。', True),
 ('（二）加强儿童福利保障。落实孤儿和事实无人抚养儿童基本生活保障标准自然增长机制，推进儿童福利机构优化提质和创新转型高质量发展，加强农村留守儿童和困境儿童关爱服务，推动未成年人保护工作站实现乡镇（街道）全覆盖。', True),
 ('（三）做好残疾人福利工作。全面落实困难残疾人生活补贴和重度残疾人护理补贴制度，推进“两项补贴”申领“跨省通办”，加快精神障碍社区康复服务发展。', True),
 ('三、聚焦养老服务，推动养老服务体系建设提质增效', False),
 ('（一）完善基本养老服务制度。制定出台基本养老服务清单，建立老年人能力综合评估制度，推动评估结果在全市范围内互认、各部门按需使用，健全基本养老服务对象精准识别和服务精准供给机制。', True),
 ('（二）提升养老机构服务质量。推进公办养老机构改革，深化养老机构等级评定，实施养老服务人才培养工程，年内培训养老护理员2000人次以上，全市养老机构护理型床位占比达到65%。', True),
]
for text, indent in body:
    para(text, indent=indent)
doc.save('/tmp/corpus-src/pdf-copy.docx')
