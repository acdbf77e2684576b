<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Debian package fonts-wqy-microhei 0.2.0-beta-3.1</source>
        <translation>Debian 软件包 fonts-wqy-microhei 0.2.0-beta-3.1</translation>
    </message>
    <message>
        <source>Apache License 2.0, or GPL 3 or later with the font embedding exception</source>
        <translation>Apache 许可证 2.0，或 GPL 3 及以上版本（附字体嵌入例外条款）</translation>
    </message>
    <message>
        <source>All text on screen and on paper</source>
        <translation>界面和打印中的全部文字</translation>
    </message>
    <message>
        <source>Hanazono Mincho (Debian package fonts-hanazono 20170904), cut to CJK Extensions A and B and renamed</source>
        <translation>花園明朝（Debian 软件包 fonts-hanazono 20170904），截取 CJK 扩展 A、B 区并改名</translation>
    </message>
    <message>
        <source>Hanazono Font License: free to use, copy and modify</source>
        <translation>花园字体许可证：可自由使用、复制和修改</translation>
    </message>
    <message>
        <source>Rare characters in names (such as 䶮 and 𠮷)</source>
        <translation>姓名中的生僻字（如 䶮、𠮷）</translation>
    </message>
    <message>
        <source>PyPI package lucide 1.1.4 (Lucide outline icons)</source>
        <translation>PyPI 软件包 lucide 1.1.4（Lucide 线条图标）</translation>
    </message>
    <message>
        <source>ISC licence; portions from Feather under MIT</source>
        <translation>ISC 许可证；部分图标来自 Feather，采用 MIT 许可证</translation>
    </message>
    <message>
        <source>Icons of the sections, actions and states</source>
        <translation>各栏目、操作和状态的图标</translation>
    </message>
    <message>
        <source>About AgriCRM</source>
        <translation>关于 AgriCRM</translation>
    </message>
    <message>
        <source>Customer files, visits and complaints for the officers of rural banks, credit cooperatives and agri-input companies; works for weeks without a network.</source>
        <translation>为农村银行、信用社和农资企业的客户经理管理客户档案、走访和投诉；可连续数周离线工作。</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>版本(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Fonts, icons and licences</source>
        <translation>字体、图标与许可证(&amp;F)</translation>
    </message>
    <message>
        <source>Proprietary; the bundled fonts and icons keep their own licences</source>
        <translation>专有软件；随附的字体和图标沿用各自的许可证</translation>
    </message>
    <message>
        <source>Icons</source>
        <translation>图标</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>运行环境</translation>
    </message>
    <message>
        <source>Python %1, Qt %2, PySide6 %3, %4</source>
        <translation>Python %1，Qt %2，PySide6 %3，%4</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1: the licence as published (in English)</source>
        <translation>%1：许可证原文（英文）</translation>
    </message>
    <message>
        <source>AgriCRM bundles these fonts so that names print the same on every computer; they are embedded in the PDF reports as subsets.</source>
        <translation>AgriCRM 随附以下字体，使姓名在每台电脑上显示和打印都一样；PDF 报表中以子集形式嵌入。</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>Dormant</source>
        <translation>沉睡</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
</context>
<context>
    <name>AdjustmentStatus</name>
    <message>
        <source>proposed</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>驳回</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} 是空文件。</translation>
    </message>
    <message>
        <source>{name} is {size} MB; attachments may be at most {limit} MB.</source>
        <translation>{name} 大小为 {size} MB，附件最大 {limit} MB。</translation>
    </message>
    <message>
        <source>{name} is not a JPEG or PNG photo or a PDF document; only those can be attached.</source>
        <translation>{name} 不是 JPEG/PNG 照片或 PDF 文档，只能添加这几种文件。</translation>
    </message>
    <message>
        <source>Attach a file to one customer or one visit.</source>
        <translation>附件须属于一个客户或一次走访。</translation>
    </message>
    <message>
        <source>The customer or visit was deleted.</source>
        <translation>该客户或走访记录已被删除。</translation>
    </message>
    <message>
        <source>The attachment was deleted.</source>
        <translation>该附件已被删除。</translation>
    </message>
    <message>
        <source>{name}&apos;s file is archived; restore it before adding files.</source>
        <translation>{name} 的档案已归档，请先恢复再添加附件。</translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <source>Add photo or document…</source>
        <translation>添加照片或文档…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>JPEG or PNG photos and PDF scans, up to 10 MB each.</source>
        <translation>可添加 JPEG、PNG 照片和 PDF 扫描件，每个不超过 10 MB。</translation>
    </message>
    <message>
        <source>%1 · %2 KB</source>
        <translation>%1 · %2 KB</translation>
    </message>
    <message>
        <source>Attached when the visit is saved</source>
        <translation>保存走访记录时添加</translation>
    </message>
    <message>
        <source>Attach photos or documents</source>
        <translation>添加照片或文档</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>照片和扫描件 (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
</context>
<context>
    <name>BranchSetup</name>
    <message>
        <source>{path} already exists; a new branch is only written to a new file.</source>
        <translation>{path} 已存在；新网点只写入新文件。</translation>
    </message>
    <message>
        <source>Give the branch&apos;s name.</source>
        <translation>请填写网点名称。</translation>
    </message>
    <message>
        <source>The branch&apos;s name is longer than {limit} characters.</source>
        <translation>网点名称超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>{path}: no township (乡镇) and village (村) columns were found.</source>
        <translation>{path}：未找到乡镇和村两列。</translation>
    </message>
    <message>
        <source>{path}, row {row}: a village needs its township and its name.</source>
        <translation>{path} 第 {row} 行：村需填写所属乡镇和村名。</translation>
    </message>
    <message>
        <source>{path}, row {row}: a township or village name is longer than {limit} characters.</source>
        <translation>{path} 第 {row} 行：乡镇或村名超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>{path}, row {row}: {township} {village} is listed already in row {first}.</source>
        <translation>{path} 第 {row} 行：{township}{village} 已在第 {first} 行列出。</translation>
    </message>
</context>
<context>
    <name>Bucket</name>
    <message>
        <source>Current</source>
        <translation>未逾期</translation>
    </message>
    <message>
        <source>Restructured, nothing overdue</source>
        <translation>重组（未逾期）</translation>
    </message>
    <message>
        <source>1–30 days overdue</source>
        <translation>逾期 1–30 天</translation>
    </message>
    <message>
        <source>31–60 days overdue</source>
        <translation>逾期 31–60 天</translation>
    </message>
    <message>
        <source>61–90 days overdue</source>
        <translation>逾期 61–90 天</translation>
    </message>
    <message>
        <source>Over 90 days overdue</source>
        <translation>逾期 90 天以上</translation>
    </message>
</context>
<context>
    <name>BusinessMode</name>
    <message>
        <source>Self-employed farmer</source>
        <translation>自营农户</translation>
    </message>
    <message>
        <source>Family farm</source>
        <translation>家庭农场</translation>
    </message>
    <message>
        <source>Cooperative member</source>
        <translation>合作社成员</translation>
    </message>
    <message>
        <source>Agricultural enterprise</source>
        <translation>农业企业</translation>
    </message>
    <message>
        <source>Sole proprietor</source>
        <translation>个体工商户</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>CadenceClass</name>
    <message>
        <source>Quality customer</source>
        <translation>优质客户</translation>
    </message>
    <message>
        <source>Potential customer</source>
        <translation>潜力客户</translation>
    </message>
    <message>
        <source>Ordinary customer</source>
        <translation>普通客户</translation>
    </message>
    <message>
        <source>Dormant customer</source>
        <translation>沉睡客户</translation>
    </message>
</context>
<context>
    <name>CadenceRules</name>
    <message>
        <source>Enter a number of days from {low} to {high}.</source>
        <translation>请输入 {low} 到 {high} 之间的天数。</translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <source>Call list</source>
        <translation>电话清单</translation>
    </message>
    <message>
        <source>Call list · {name}</source>
        <translation>电话清单 · {name}</translation>
    </message>
    <message>
        <source>Made on {date} · {count} customer(s)</source>
        <translation>制表日期 {date} · 共 {count} 位客户</translation>
    </message>
    <message>
        <source>Mobile numbers are masked; the full numbers are in the customer file.</source>
        <translation>手机号码已脱敏，完整号码见客户档案。</translation>
    </message>
    <message>
        <source>File no.</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Segment / value / credit</source>
        <translation>分层 / 价值 / 信用</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>分类依据</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>The filter lists {count} customers; a call list holds at most {limit}. Narrow the filter (a township, a class) and make one list per part.</source>
        <translation>该筛选条件下共有 {count} 位客户，一份电话清单最多 {limit} 位。请缩小筛选范围（如按乡镇或分类），分几份制作。</translation>
    </message>
    <message>
        <source>No customer matches this filter: there is nobody to call.</source>
        <translation>没有符合该筛选条件的客户，无人可联系。</translation>
    </message>
</context>
<context>
    <name>CallListDialog</name>
    <message>
        <source>Call list</source>
        <translation>电话清单</translation>
    </message>
    <message>
        <source>The customers of the segment “%1”.</source>
        <translation>客户分组“%1”中的客户。</translation>
    </message>
    <message>
        <source>The customers the list shows now (its search and filters).</source>
        <translation>客户列表当前显示的客户（按当前的搜索和筛选条件）。</translation>
    </message>
    <message>
        <source>%1 Each with village, mobile, segment, value and credit status with their reasons, the last contact and a column to write the outcome of the call.</source>
        <translation>%1每位客户列出所在村、电话、客户分层、客户价值和信用状况及其依据、最近联系日期，并留一栏填写联系结果。</translation>
    </message>
    <message>
        <source>Print the mobile numbers in full (to call from)</source>
        <translation>打印完整手机号码（用于逐个致电）</translation>
    </message>
    <message>
        <source>Otherwise masked like on every printout: 138****5678</source>
        <translation>否则与其他打印件一样脱敏：138****5678</translation>
    </message>
    <message>
        <source>&amp;Workbook…</source>
        <translation>Excel 工作簿(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;PDF call sheet…</source>
        <translation>PDF 电话清单(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the call list</source>
        <translation>保存电话清单</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Call list of %1 customer(s) saved: %2</source>
        <translation>已保存 %1 位客户的电话清单：%2</translation>
    </message>
    <message>
        <source>Making the call list…</source>
        <translation>正在制作电话清单…</translation>
    </message>
    <message>
        <source>Making the call sheet…</source>
        <translation>正在制作电话清单…</translation>
    </message>
</context>
<context>
    <name>CardLevel</name>
    <message>
        <source>Ordinary card</source>
        <translation>普卡</translation>
    </message>
    <message>
        <source>Gold card</source>
        <translation>金卡</translation>
    </message>
    <message>
        <source>Platinum card</source>
        <translation>白金卡</translation>
    </message>
    <message>
        <source>Diamond card</source>
        <translation>钻石卡</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <source>The customer does not exist or was deleted.</source>
        <translation>该客户不存在或已被删除。</translation>
    </message>
    <message>
        <source>{name}&apos;s file is archived; restore it before recording care.</source>
        <translation>{name} 的档案已归档，请先恢复再记录关怀。</translation>
    </message>
</context>
<context>
    <name>CareDialog</name>
    <message>
        <source>Care for %1</source>
        <translation>关怀：%1</translation>
    </message>
    <message>
        <source>e.g. wished a happy birthday, sent a moon cake</source>
        <translation>例如：电话祝寿、送去月饼</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>方式(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Occasion</source>
        <translation>事由(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Festival</source>
        <translation>节日(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>CareKind</name>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>CareOccasion</name>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Lunar birthday</source>
        <translation>农历生日</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Help in hardship</source>
        <translation>困难帮扶</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>CareRules</name>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>A care event cannot be recorded in the future.</source>
        <translation>关怀记录的时间不能晚于现在。</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>最多 {max} 个字。</translation>
    </message>
    <message>
        <source>Choose a festival only for a festival greeting.</source>
        <translation>只有节日问候才选择节日。</translation>
    </message>
</context>
<context>
    <name>ChangedCustomersModel</name>
    <message>
        <source>File number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>乡镇、村</translation>
    </message>
    <message>
        <source>Classes before → after</source>
        <translation>分类变化（原 → 新）</translation>
    </message>
</context>
<context>
    <name>ClassChangeReason</name>
    <message>
        <source>rules changed</source>
        <translation>规则调整</translation>
    </message>
    <message>
        <source>rules from a sync package</source>
        <translation>同步包带来新规则</translation>
    </message>
    <message>
        <source>the file changed</source>
        <translation>档案变化</translation>
    </message>
    <message>
        <source>time passed</source>
        <translation>时间推移</translation>
    </message>
</context>
<context>
    <name>ClassFilters</name>
    <message>
        <source>%1: all</source>
        <translation>%1：全部</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Only the customers of one class of %1</source>
        <translation>只列出%1为某一类的客户</translation>
    </message>
</context>
<context>
    <name>ClassRulesDialog</name>
    <message>
        <source>Classification rules</source>
        <translation>分类规则</translation>
    </message>
    <message>
        <source>Only a branch manager can change the classification rules.</source>
        <translation>只有网点负责人可以修改分类规则，这里只能查看。</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Preview the effect</source>
        <translation>预览影响</translation>
    </message>
    <message>
        <source>Save as a new version…</source>
        <translation>保存为新版本…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Rules version %1: the defaults, never changed.</source>
        <translation>当前规则：第 %1 版，即默认规则，从未修改。</translation>
    </message>
    <message>
        <source>Rules version %1, saved on this computer on %2.</source>
        <translation>当前规则：第 %1 版，%2 在本机保存。</translation>
    </message>
    <message>
        <source>Rules version %1, from a sync package received on %2.</source>
        <translation>当前规则：第 %1 版，来自 %2 导入的同步包。</translation>
    </message>
    <message>
        <source>The edited rules were not saved. Close and discard the edits?</source>
        <translation>修改的规则尚未保存。关闭并放弃修改吗？</translation>
    </message>
    <message>
        <source>Nothing was saved; the rules stay at version %1.</source>
        <translation>未保存任何内容，规则仍为第 %1 版。</translation>
    </message>
    <message>
        <source>The default rules are shown; they are saved only by Save.</source>
        <translation>已填入默认规则；点“保存为新版本”后才会生效。</translation>
    </message>
    <message>
        <source>Classifying every customer by the edited rules…</source>
        <translation>正在按修改后的规则为全部客户分类…</translation>
    </message>
    <message>
        <source>Save as version %1 and reclassify %2 customers?</source>
        <translation>保存为第 %1 版并重新分类 %2 位客户？</translation>
    </message>
    <message>
        <source>%1 of them change class (see the preview).</source>
        <translation>其中 %1 位客户的分类会变化（见预览）。</translation>
    </message>
    <message>
        <source>Saved as version %1; %2 customers were reclassified.</source>
        <translation>已保存为第 %1 版，已重新分类 %2 位客户。</translation>
    </message>
    <message>
        <source>Saving the rules and reclassifying every customer…</source>
        <translation>正在保存规则并重新分类全部客户…</translation>
    </message>
    <message>
        <source>Cancelled: the rules stay at version %1 and no class changed.</source>
        <translation>已取消：规则仍为第 %1 版，客户分类没有变化。</translation>
    </message>
</context>
<context>
    <name>ClassSummary</name>
    <message>
        <source>Classes</source>
        <translation>客户分类</translation>
    </message>
    <message>
        <source>Service strategy</source>
        <translation>服务策略</translation>
    </message>
    <message>
        <source>Class changes</source>
        <translation>分类变化</translation>
    </message>
    <message>
        <source>%1: %2 → %3, %4, rules version %5</source>
        <translation>%1：%2 → %3，%4，规则第 %5 版</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Classes</name>
    <message>
        <source>This customer is not in the list</source>
        <translation>该客户不在客户列表中</translation>
    </message>
    <message>
        <source>The classification rules in this package are unreadable</source>
        <translation>同步包中的客户分类规则无法读取</translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{klass}: {measure} {amount} {unit} ≥ {start} {unit}</source>
        <translation>{klass}：{measure} {amount} {unit} ≥ {start} {unit}</translation>
    </message>
    <message>
        <source>{klass}: {measure} {amount} {unit}, from {start} to below {end} {unit}</source>
        <translation>{klass}：{measure} {amount} {unit}，不低于 {start} {unit}且低于 {end} {unit}</translation>
    </message>
    <message>
        <source>{klass}: {measure} {amount} {unit} &lt; {end} {unit}</source>
        <translation>{klass}：{measure} {amount} {unit} &lt; {end} {unit}</translation>
    </message>
    <message>
        <source>{klass}: nothing recorded ({facts})</source>
        <translation>{klass}：未记录任何数据（{facts}）</translation>
    </message>
    <message>
        <source>{kind} ({heads} head) not counted: the rules give it no conversion</source>
        <translation>{kind}（{heads} 头/只）未计入：规则中没有它的折算标准</translation>
    </message>
    <message>
        <source>{klass}: production items of one kind ({kinds})</source>
        <translation>{klass}：生产项目只有一类（{kinds}）</translation>
    </message>
    <message>
        <source>{klass}: production items of {count} kinds ({kinds})</source>
        <translation>{klass}：生产项目共 {count} 类（{kinds}）</translation>
    </message>
    <message>
        <source>{klass}: no production item on file</source>
        <translation>{klass}：档案中没有生产项目</translation>
    </message>
    <message>
        <source>{klass}: worst loan category {category}</source>
        <translation>{klass}：贷款五级分类最差为“{category}”</translation>
    </message>
    <message>
        <source>{klass}: no loan below normal and no overdue record</source>
        <translation>{klass}：没有低于正常类的贷款，也没有逾期记录</translation>
    </message>
    <message>
        <source>{klass}: neither loans nor overdue history recorded (the rules&apos; default)</source>
        <translation>{klass}：未记录贷款和逾期历史（按规则的默认值）</translation>
    </message>
    <message>
        <source>{klass}: set by the officer ({reason}); computed: {computed}</source>
        <translation>{klass}：客户经理人工认定（{reason}）；系统计算结果：{computed}</translation>
    </message>
    <message>
        <source>The officer&apos;s {kept} ({reason}) no longer holds: loans or overdue history changed since</source>
        <translation>客户经理认定的“{kept}”（{reason}）已失效：此后贷款或逾期历史发生了变化</translation>
    </message>
    <message>
        <source>{part} {amount}: {points} of {weight} points</source>
        <translation>{part} {amount}：得 {points} 分（满分 {weight} 分）</translation>
    </message>
    <message>
        <source>{part} not recorded: 0 of {weight} points</source>
        <translation>{part}未记录：得 0 分（满分 {weight} 分）</translation>
    </message>
    <message>
        <source>{klass}: value score {score} ≥ {min}, credit status {credit}, {scale}</source>
        <translation>{klass}：价值得分 {score} ≥ {min}，信用状况{credit}，{scale}</translation>
    </message>
    <message>
        <source>{klass}: value score {score} ≥ {min}, credit status {credit}</source>
        <translation>{klass}：价值得分 {score} ≥ {min}，信用状况{credit}</translation>
    </message>
    <message>
        <source>{klass}: {scale} (at least {min_scale}), credit status {credit}</source>
        <translation>{klass}：{scale}（不低于{min_scale}），信用状况{credit}</translation>
    </message>
    <message>
        <source>{klass}: credit status {credit} (quality and potential need {allowed})</source>
        <translation>{klass}：信用状况{credit}（优质和潜力客户须为{allowed}）</translation>
    </message>
    <message>
        <source>{klass}: value score {score} &lt; {min} and {scale} (below {min_scale})</source>
        <translation>{klass}：价值得分 {score} &lt; {min}，且为{scale}（低于{min_scale}）</translation>
    </message>
    <message>
        <source>{klass}: recorded needs {needs}</source>
        <translation>{klass}：已记录的需求为{needs}</translation>
    </message>
    <message>
        <source>{klass}: no needs recorded</source>
        <translation>{klass}：未记录需求</translation>
    </message>
    <message>
        <source>{klass}: last contact {date} ({what}), within {months} months</source>
        <translation>{klass}：最近一次联系 {date}（{what}），在 {months} 个月内</translation>
    </message>
    <message>
        <source>{klass}: last contact {date} ({what}), more than {months} months ago</source>
        <translation>{klass}：最近一次联系 {date}（{what}），已超过 {months} 个月</translation>
    </message>
    <message>
        <source>{klass}: no visit, care, loan or product change recorded</source>
        <translation>{klass}：没有走访、关怀、贷款或产品变动记录</translation>
    </message>
    <message>
        <source>Not recorded: {facts}</source>
        <translation>未记录：{facts}</translation>
    </message>
    <message>
        <source>{klass}: the date cooperation began is not recorded</source>
        <translation>{klass}：未记录合作起始日期</translation>
    </message>
    <message>
        <source>cultivated land</source>
        <translation>耕地</translation>
    </message>
    <message>
        <source>livestock</source>
        <translation>畜禽</translation>
    </message>
    <message>
        <source>water area</source>
        <translation>水面</translation>
    </message>
    <message>
        <source>longest overdue</source>
        <translation>最长逾期</translation>
    </message>
    <message>
        <source>times overdue</source>
        <translation>逾期次数</translation>
    </message>
    <message>
        <source>value score</source>
        <translation>价值得分</translation>
    </message>
    <message>
        <source>cooperation</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>mu</source>
        <translation>亩</translation>
    </message>
    <message>
        <source>units</source>
        <translation>牛单位</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>times</source>
        <translation>次</translation>
    </message>
    <message>
        <source>points</source>
        <translation>分</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>care</source>
        <translation>关怀</translation>
    </message>
    <message>
        <source>loan change</source>
        <translation>贷款变动</translation>
    </message>
    <message>
        <source>product change</source>
        <translation>产品变动</translation>
    </message>
    <message>
        <source>loan balance (yuan)</source>
        <translation>贷款余额（元）</translation>
    </message>
    <message>
        <source>deposits (yuan)</source>
        <translation>存款（元）</translation>
    </message>
    <message>
        <source>products held</source>
        <translation>持有产品数</translation>
    </message>
    <message>
        <source>years of cooperation</source>
        <translation>合作年限</translation>
    </message>
    <message>
        <source>growth (%)</source>
        <translation>增长率（%）</translation>
    </message>
</context>
<context>
    <name>ClassificationEffect</name>
    <message>
        <source>{count} customers change class</source>
        <translation>{count} 位客户的分类发生变化</translation>
    </message>
    <message>
        <source>{dimension} {klass}: {before} → {after}</source>
        <translation>{dimension}“{klass}”：{before} → {after}</translation>
    </message>
</context>
<context>
    <name>ClassificationRules</name>
    <message>
        <source>This entry is missing.</source>
        <translation>缺少此项。</translation>
    </message>
    <message>
        <source>Expected a group of entries here.</source>
        <translation>此处应为一组设置项。</translation>
    </message>
    <message>
        <source>Expected a list of codes here.</source>
        <translation>此处应为代码列表。</translation>
    </message>
    <message>
        <source>Unknown dimension &quot;{key}&quot;.</source>
        <translation>未知的分类维度“{key}”。</translation>
    </message>
    <message>
        <source>Unknown entry &quot;{key}&quot;.</source>
        <translation>未知的设置项“{key}”。</translation>
    </message>
    <message>
        <source>Enter a number here (&quot;{value}&quot; is not a number).</source>
        <translation>此处请填写数字（“{value}”不是数字）。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>请填写整数。</translation>
    </message>
    <message>
        <source>Enter a number from {low} to {high}.</source>
        <translation>请填写 {low} 到 {high} 之间的数字。</translation>
    </message>
    <message>
        <source>A weight cannot be negative.</source>
        <translation>权重不能为负数。</translation>
    </message>
    <message>
        <source>The weights add up to zero: at least one must be above zero.</source>
        <translation>权重之和为零：至少要有一项大于零。</translation>
    </message>
    <message>
        <source>Enter a number above zero.</source>
        <translation>请填写大于零的数字。</translation>
    </message>
    <message>
        <source>A limit cannot be negative.</source>
        <translation>界限值不能为负数。</translation>
    </message>
    <message>
        <source>A limit cannot be above {high}.</source>
        <translation>界限值不能大于 {high}。</translation>
    </message>
    <message>
        <source>Enter a code of lower-case letters, digits and underscores.</source>
        <translation>代码只能由小写字母、数字和下划线组成。</translation>
    </message>
    <message>
        <source>Unknown code &quot;{code}&quot;.</source>
        <translation>未知的代码“{code}”。</translation>
    </message>
    <message>
        <source>&quot;{code}&quot; is not in the product catalogue.</source>
        <translation>“{code}”不在产品目录中。</translation>
    </message>
    <message>
        <source>&quot;{code}&quot; is listed twice.</source>
        <translation>“{code}”重复列出。</translation>
    </message>
    <message>
        <source>Choose at least one.</source>
        <translation>请至少选择一项。</translation>
    </message>
    <message>
        <source>The lowest class takes everything below the next one: no lower limit.</source>
        <translation>最低一档包括下一档以下的全部数值，不设下限。</translation>
    </message>
    <message>
        <source>The highest class takes everything from its lower limit up: no upper limit.</source>
        <translation>最高一档包括其下限及以上的全部数值，不设上限。</translation>
    </message>
    <message>
        <source>This class needs a lower limit (from) and an upper limit (below).</source>
        <translation>这一档需要下限（不低于）和上限（低于）。</translation>
    </message>
    <message>
        <source>The lower limit {start} is not below the upper limit {end}.</source>
        <translation>下限 {start} 没有低于上限 {end}。</translation>
    </message>
    <message>
        <source>Gap: the class below ends at {end}, so no class holds {end} to {start}.</source>
        <translation>出现空档：下一档止于 {end}，{end} 至 {start} 之间的数值不属于任何一档。</translation>
    </message>
    <message>
        <source>Overlap: the class below runs up to {end}, so this class cannot start at {start}.</source>
        <translation>出现重叠：下一档延续到 {end}，这一档不能从 {start} 开始。</translation>
    </message>
    <message>
        <source>A worse loan category cannot give a better credit status than the one above it.</source>
        <translation>较差的贷款分类不能对应比上一类更好的信用状况。</translation>
    </message>
    <message>
        <source>Potential customers cannot need a higher value score than quality customers ({quality}).</source>
        <translation>潜力客户要求的价值得分不能高于优质客户（{quality}）。</translation>
    </message>
    <message>
        <source>&quot;{code}&quot; cannot be both a product and a service need.</source>
        <translation>“{code}”不能既是产品型需求又是服务型需求。</translation>
    </message>
    <message>
        <source>&quot;{code}&quot; must be either a product or a service need.</source>
        <translation>“{code}”必须归为产品型需求或服务型需求。</translation>
    </message>
    <message>
        <source>These rules were written by a newer AgriCRM (schema {schema}); update AgriCRM to use them.</source>
        <translation>这套规则由更新版本的 AgriCRM 制定（格式 {schema}），请先升级 AgriCRM。</translation>
    </message>
    <message>
        <source>Unknown rules schema {schema}.</source>
        <translation>未知的规则格式 {schema}。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unexpected error: {error}. Details were written to {log}.</source>
        <translation>意外错误：{error}。详细信息已写入 {log}。</translation>
    </message>
    <message>
        <source>Demo database {path}: {customers} customers, {items} production items, {loans} loans, {villages} villages, {officers} officers, {visits} visits.</source>
        <translation>演示数据库 {path}：{customers} 位客户，{items} 个生产项目，{loans} 笔贷款，{villages} 个村，{officers} 名客户经理，{visits} 次走访。</translation>
    </message>
    <message>
        <source>{complaints} complaints with their handling history.</source>
        <translation>{complaints} 件投诉及其处理记录。</translation>
    </message>
    <message>
        <source>{value} is not a date; use YYYY-MM-DD.</source>
        <translation>{value} 不是有效日期，请使用 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <source>Package {seq} written to {path}: {rows} rows.</source>
        <translation>第 {seq} 号同步包已写入 {path}：共 {rows} 行。</translation>
    </message>
    <message>
        <source>{count} earlier conflict(s) settled: the package brought a version that includes both sides.</source>
        <translation>{count} 个早先的冲突已了结：同步包带来的版本已包含双方的修改。</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts.</source>
        <translation>新增 {new} 条，更新 {updated} 条，未变 {unchanged} 条，冲突 {conflicts} 条。</translation>
    </message>
    <message>
        <source>Preview only, nothing was imported: {summary}</source>
        <translation>仅为预览，未导入任何数据：{summary}</translation>
    </message>
    <message>
        <source>Nothing imported: {count} problem(s), the first at sheet {sheet} row {row} column {column}: {reason} Full report: {report}</source>
        <translation>未导入任何数据：发现 {count} 个问题，第一个在工作表“{sheet}”第 {row} 行“{column}”列：{reason} 完整报告：{report}</translation>
    </message>
    <message>
        <source>Registration workbook written to {path}.</source>
        <translation>登记表已写入 {path}。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>{path} 处没有数据库。</translation>
    </message>
    <message>
        <source>Wrote {path} ({count} customers).</source>
        <translation>已生成 {path}（共 {count} 位客户）。</translation>
    </message>
    <message>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>已生成 {path}（共 {pages} 页）。</translation>
    </message>
    <message>
        <source>No saved segment is named {name}.</source>
        <translation>没有名为 {name} 的客户分组。</translation>
    </message>
    <message>
        <source>{value}: give a class as DIMENSION=CODE, e.g. segment=quality ({known})</source>
        <translation>{value}：分类请写成“维度=代码”，例如 segment=quality（{known}）</translation>
    </message>
    <message>
        <source>{path}: a call list is written as .xlsx or .pdf</source>
        <translation>{path}：电话清单只能保存为 .xlsx 或 .pdf</translation>
    </message>
    <message>
        <source>Warning: no bundled font has {characters}; they are printed as 〓 with their code.</source>
        <translation>注意：随附字体中没有 {characters}，这些字以“〓”加编码打印。</translation>
    </message>
    <message>
        <source>Preview only, nothing was imported: sheet {sheet} of {path}, heading row {row}, {rows} row(s) of people.</source>
        <translation>仅为预览，未导入任何数据：{path} 的工作表 {sheet}，标题行为第 {row} 行，共 {rows} 行农户。</translation>
    </message>
    <message>
        <source>Imported sheet {sheet} of {path} (heading row {row}, {rows} row(s) of people).</source>
        <translation>已导入 {path} 的工作表 {sheet}（标题行为第 {row} 行，共 {rows} 行农户）。</translation>
    </message>
    <message>
        <source>Sheets in the file: {sheets}</source>
        <translation>文件中的工作表：{sheets}</translation>
    </message>
    <message>
        <source>{sheet} ({rows} rows)</source>
        <translation>{sheet}（{rows} 行）</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列对应：</translation>
    </message>
    <message>
        <source>  {heading} → {field}</source>
        <translation>  {heading} → {field}</translation>
    </message>
    <message>
        <source>  {heading} → ignored</source>
        <translation>  {heading} → 忽略</translation>
    </message>
    <message>
        <source>  {heading} → kept in the customer&apos;s notes</source>
        <translation>  {heading} → 保留在客户备注中</translation>
    </message>
    <message>
        <source>  {heading} → not mapped</source>
        <translation>  {heading} → 未对应</translation>
    </message>
    <message>
        <source>  {heading} → kept in the member&apos;s notes</source>
        <translation>  {heading} → 保留在成员备注中</translation>
    </message>
    <message>
        <source>Hidden columns: {headings}</source>
        <translation>隐藏的列：{headings}</translation>
    </message>
    <message>
        <source>Hidden columns: this kind of file does not say which columns are hidden.</source>
        <translation>隐藏的列：这种文件不记录哪些列被隐藏。</translation>
    </message>
    <message>
        <source>Row {row} is a total row; it is left out.</source>
        <translation>第 {row} 行是合计行，不导入。</translation>
    </message>
    <message>
        <source>Not mapped, so a real import would refuse them (or ignore them with --ignore-unmapped): {headings}</source>
        <translation>未对应的列，正式导入时会被拒绝（或用 --ignore-unmapped 忽略）：{headings}</translation>
    </message>
    <message>
        <source>Members sheet {sheet}, heading row {row}, {rows} member(s):</source>
        <translation>成员表：{sheet}工作表，标题行为第 {row} 行，共 {rows} 位成员：</translation>
    </message>
    <message>
        <source>Members: {new} new, {updated} updated{rules}, {unchanged} unchanged, {problems} row(s) with problems.</source>
        <translation>家庭成员：新增 {new} 条，更新 {updated} 条{rules}，无变化 {unchanged} 条，有问题 {problems} 行。</translation>
    </message>
    <message>
        <source>Members: {new} new, {updated} updated{rules}, {unchanged} unchanged.</source>
        <translation>家庭成员：新增 {new} 条，更新 {updated} 条{rules}，无变化 {unchanged} 条。</translation>
    </message>
    <message>
        <source>Would import: {new} new, {updated} updated{rules}, {unchanged} unchanged, {to_decide} to be decided by a person, {problems} row(s) with problems.</source>
        <translation>预计导入：新增 {new} 条，更新 {updated} 条{rules}，无变化 {unchanged} 条，待人工决定 {to_decide} 条，有问题 {problems} 行。</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated{rules}, {unchanged} unchanged, {to_decide} waiting for a person&apos;s decision.</source>
        <translation>新增 {new} 条，更新 {updated} 条{rules}，无变化 {unchanged} 条，待人工决定 {to_decide} 条。</translation>
    </message>
    <message>
        <source> (by {rules})</source>
        <translation>（按{rules}）</translation>
    </message>
    <message>
        <source>{rule} {count}</source>
        <translation>{rule} {count} 条</translation>
    </message>
    <message>
        <source>record number</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>file number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>name + village</source>
        <translation>姓名+村</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Preview: {count} problem(s), the first at sheet {sheet} row {row} column {column}: {reason} Full report: {report}</source>
        <translation>预览：发现 {count} 个问题，第一个在工作表 {sheet} 第 {row} 行 {column} 列：{reason} 完整报告：{report}</translation>
    </message>
    <message>
        <source>Mapping saved as {name} ({path}).</source>
        <translation>列对应已保存为 {name}（{path}）。</translation>
    </message>
    <message>
        <source>{count} cell(s) read otherwise than typed (notes, not problems; nothing refused):</source>
        <translation>{count} 个单元格按转换后的值读取（仅为说明，不是问题，不会拒绝导入）：</translation>
    </message>
    <message>
        <source>  row {row}, {column}: {value} — {reason}</source>
        <translation>  第 {row} 行，{column}：{value} — {reason}</translation>
    </message>
    <message>
        <source>  sheet {sheet} row {row}, {column}: {value} — {reason}</source>
        <translation>  工作表“{sheet}”第 {row} 行，{column}：{value} — {reason}</translation>
    </message>
    <message>
        <source>  … and {count} more, listed in {report}</source>
        <translation>  ……另有 {count} 条，全部列在 {report}</translation>
    </message>
    <message>
        <source>Every note is listed in {report}</source>
        <translation>全部说明列在 {report}</translation>
    </message>
    <message>
        <source>{count} village(s) of the register are not in the branch&apos;s village list:</source>
        <translation>登记表中有 {count} 个村不在本网点的村列表中：</translation>
    </message>
    <message>
        <source>  {township} {village} (rows {rows})</source>
        <translation>  {township} {village}（第 {rows} 行）</translation>
    </message>
    <message>
        <source>  {township} {village} (rows {rows}) → {listed}, group {group}</source>
        <translation>  {township} {village}（第 {rows} 行）→ {listed}，{group}</translation>
    </message>
    <message>
        <source>--add-villages adds them (a branch manager), sending a listed village with a group to that village and group.</source>
        <translation>加 --add-villages 即可添加（须由网点负责人操作）；“已有村名+组”会归入该村，组记入详细地址。</translation>
    </message>
    <message>
        <source>Added {count} village(s) to the branch&apos;s list: {villages}</source>
        <translation>已将 {count} 个村加入本网点的村列表：{villages}</translation>
    </message>
    <message>
        <source>Nothing imported: {count} column(s) are mapped to no field: {headings}. Map them in a mapping file (--mapping FILE.json) or leave them out with --ignore-unmapped.</source>
        <translation>未导入任何数据：有 {count} 列没有对应到任何字段：{headings}。请在列对应文件中对应它们（--mapping 文件.json），或用 --ignore-unmapped 忽略它们。</translation>
    </message>
    <message>
        <source>New branch {branch} written to {path}, with {villages} villages.</source>
        <translation>新网点“{branch}”已写入 {path}，共 {villages} 个村。</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Show all columns</source>
        <translation>显示全部列</translation>
    </message>
</context>
<context>
    <name>ComplaintAction</name>
    <message>
        <source>Complaint received</source>
        <translation>受理投诉</translation>
    </message>
    <message>
        <source>Investigation started</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <source>Investigation concluded</source>
        <translation>调查结束</translation>
    </message>
    <message>
        <source>Customer answered</source>
        <translation>答复客户</translation>
    </message>
    <message>
        <source>Complaint closed</source>
        <translation>关闭投诉</translation>
    </message>
    <message>
        <source>Complaint reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Handling officer changed</source>
        <translation>更换承办人</translation>
    </message>
    <message>
        <source>Details corrected</source>
        <translation>更正投诉信息</translation>
    </message>
    <message>
        <source>Linked to a customer file</source>
        <translation>关联客户档案</translation>
    </message>
</context>
<context>
    <name>ComplaintCategory</name>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Loan processing</source>
        <translation>贷款办理</translation>
    </message>
    <message>
        <source>Interest and fees</source>
        <translation>利率与收费</translation>
    </message>
    <message>
        <source>Product quality (partner&apos;s seeds, fertiliser)</source>
        <translation>产品质量（合作方种子、化肥等）</translation>
    </message>
    <message>
        <source>Information security and privacy</source>
        <translation>信息安全与隐私</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ComplaintCause</name>
    <message>
        <source>Staff conduct</source>
        <translation>员工服务与行为</translation>
    </message>
    <message>
        <source>Process or rules</source>
        <translation>业务流程或制度</translation>
    </message>
    <message>
        <source>System or equipment failure</source>
        <translation>系统或设备故障</translation>
    </message>
    <message>
        <source>Fees or rates not explained</source>
        <translation>收费或利率告知不充分</translation>
    </message>
    <message>
        <source>Partner&apos;s product or service</source>
        <translation>合作方产品或服务</translation>
    </message>
    <message>
        <source>Customer misunderstanding</source>
        <translation>客户误解</translation>
    </message>
    <message>
        <source>External event (weather, disaster)</source>
        <translation>外部事件（天气、灾害）</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ComplaintChannel</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Service hotline</source>
        <translation>客服热线</translation>
    </message>
    <message>
        <source>During a visit</source>
        <translation>上门走访</translation>
    </message>
    <message>
        <source>Branch counter</source>
        <translation>网点柜台</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网络</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Complaint</source>
        <translation>投诉信息</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Customer of the branch</source>
        <translation>本行客户</translation>
    </message>
    <message>
        <source>Unregistered caller</source>
        <translation>未建档来电人</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;name</source>
        <translation>来电人姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;phone</source>
        <translation>来电人电话(&amp;P)</translation>
    </message>
    <message>
        <source>Mobile or landline, e.g. 0539-3221234</source>
        <translation>手机或座机，如 0539-3221234</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>投诉渠道(&amp;C)</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>投诉类别(&amp;T)</translation>
    </message>
    <message>
        <source>Severit&amp;y</source>
        <translation>严重程度(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Received at</source>
        <translation>受理时间(&amp;R)</translation>
    </message>
    <message>
        <source>Handling &amp;officer</source>
        <translation>承办人(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>投诉内容(&amp;D)</translation>
    </message>
    <message>
        <source>What happened, in the customer&apos;s words</source>
        <translation>按客户的原话记录发生了什么</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Start &amp;investigation…</source>
        <translation>开始调查(&amp;I)…</translation>
    </message>
    <message>
        <source>Conclude in&amp;vestigation…</source>
        <translation>调查结论(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Answer the customer…</source>
        <translation>答复客户(&amp;A)…</translation>
    </message>
    <message>
        <source>Close the co&amp;mplaint…</source>
        <translation>关闭投诉(&amp;M)…</translation>
    </message>
    <message>
        <source>R&amp;eopen…</source>
        <translation>重新打开(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Link to customer…</source>
        <translation>关联客户(&amp;L)…</translation>
    </message>
    <message>
        <source>Reassi&amp;gn…</source>
        <translation>更换承办人(&amp;G)…</translation>
    </message>
    <message>
        <source>Preview and print the complaint handling form with its full history</source>
        <translation>预览并打印投诉处理单（含完整处理过程）</translation>
    </message>
    <message numerus="yes">
        <source>answer within %n day(s)</source>
        <translation>
            <numerusform>须在 %n 天内答复</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive a complaint</source>
        <translation>受理投诉</translation>
    </message>
    <message>
        <source>Print &amp;form…</source>
        <translation>打印处理单(&amp;F)…</translation>
    </message>
    <message>
        <source>Recei&amp;ve</source>
        <translation>受理(&amp;V)</translation>
    </message>
    <message>
        <source>Complaint %1 – %2</source>
        <translation>投诉 %1 – %2</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Change &amp;linked customer…</source>
        <translation>更改关联客户(&amp;L)…</translation>
    </message>
    <message>
        <source>Handled by %1; you can read it but not change it.</source>
        <translation>由%1承办；您可以查看，但不能修改。</translation>
    </message>
    <message>
        <source>— (not linked to a customer file)</source>
        <translation>—（未关联客户档案）</translation>
    </message>
    <message>
        <source>No customer chosen</source>
        <translation>尚未选择客户</translation>
    </message>
    <message>
        <source>Choose the customer who complains.</source>
        <translation>请选择投诉的客户。</translation>
    </message>
    <message>
        <source>Complaint %1 received; it must be answered by %2.</source>
        <translation>已受理投诉 %1，须在 %2 前答复客户。</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>已保存修改。</translation>
    </message>
    <message>
        <source>Please correct the marked fields; nothing was saved.</source>
        <translation>请更正标出的内容；尚未保存任何数据。</translation>
    </message>
    <message>
        <source>Print form</source>
        <translation>打印处理单</translation>
    </message>
    <message>
        <source>The form shows the complaint as last saved; your unsaved changes are not in it. Print anyway?</source>
        <translation>处理单显示的是上次保存的投诉，尚未保存的修改不会打印出来。仍要打印吗？</translation>
    </message>
    <message>
        <source>Reassign the complaint</source>
        <translation>更换承办人</translation>
    </message>
    <message>
        <source>Hand the complaint to:</source>
        <translation>将投诉交给：</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Close without saving your changes?</source>
        <translation>不保存修改就关闭吗？</translation>
    </message>
</context>
<context>
    <name>ComplaintListPage</name>
    <message>
        <source>Search by number, name, phone or words of the description</source>
        <translation>按编号、姓名、电话或投诉内容搜索</translation>
    </message>
    <message>
        <source>&amp;Receive complaint…</source>
        <translation>受理投诉(&amp;R)…</translation>
    </message>
    <message>
        <source>Record a new complaint (Ctrl+N)</source>
        <translation>登记一件新投诉（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected complaint (Enter)</source>
        <translation>打开选中的投诉（回车）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Handling officer</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>受理日期从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>受理日期至</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>尚未答复</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>全部时限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>逾期答复</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>全部承办人</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 件投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>No complaint matches</source>
        <translation>没有符合条件的投诉</translation>
    </message>
    <message>
        <source>Search by number, name, phone or words of the description, or clear a filter.</source>
        <translation>可按编号、姓名、电话或投诉内容中的词语搜索，或清除筛选。</translation>
    </message>
    <message>
        <source>No complaints received</source>
        <translation>还没有受理过投诉</translation>
    </message>
    <message>
        <source>A complaint received by phone, at the counter or during a visit is recorded with Receive complaint (Ctrl+N).</source>
        <translation>通过电话、柜台或走访收到的投诉，用“受理投诉”（Ctrl+N）登记。</translation>
    </message>
    <message>
        <source>Receive complaint…</source>
        <translation>受理投诉…</translation>
    </message>
</context>
<context>
    <name>ComplaintRules</name>
    <message>
        <source>Cannot {action} while the complaint is “{status}”.</source>
        <translation>投诉当前为“{status}”，不能{action}。</translation>
    </message>
    <message>
        <source>Answer the customer before closing the complaint.</source>
        <translation>答复客户之后才能关闭投诉。</translation>
    </message>
    <message>
        <source>The complaint is closed; reopen it before changing it.</source>
        <translation>投诉已关闭；如需修改，请先重新打开。</translation>
    </message>
    <message>
        <source>receive</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>start the investigation</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <source>conclude the investigation</source>
        <translation>作出调查结论</translation>
    </message>
    <message>
        <source>answer the customer</source>
        <translation>答复客户</translation>
    </message>
    <message>
        <source>close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>change the handling officer</source>
        <translation>更换承办人</translation>
    </message>
    <message>
        <source>correct the details</source>
        <translation>更正投诉信息</translation>
    </message>
    <message>
        <source>link to a customer</source>
        <translation>关联客户</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>最多 {max} 个字。</translation>
    </message>
    <message>
        <source>Choose the customer, or enter the caller&apos;s name.</source>
        <translation>请选择客户，或填写来电人姓名。</translation>
    </message>
    <message>
        <source>Enter a phone number so the caller can be answered.</source>
        <translation>请填写电话，以便答复来电人。</translation>
    </message>
    <message>
        <source>A phone number has 7 to 12 digits (a mobile number 11).</source>
        <translation>电话号码为 7 到 12 位数字（手机号 11 位）。</translation>
    </message>
    <message>
        <source>“{category}” is not a complaint category of this branch.</source>
        <translation>“{category}”不是本网点的投诉类别。</translation>
    </message>
    <message>
        <source>The category “{category}” is no longer used; choose another.</source>
        <translation>类别“{category}”已停用，请选择其他类别。</translation>
    </message>
    <message>
        <source>The time cannot be in the future.</source>
        <translation>时间不能晚于现在。</translation>
    </message>
    <message>
        <source>The date cannot be before 2000.</source>
        <translation>日期不能早于 2000 年。</translation>
    </message>
    <message>
        <source>The answer cannot be dated before the complaint was received ({received}).</source>
        <translation>答复时间不能早于受理时间（{received}）。</translation>
    </message>
    <message>
        <source>The answer cannot be dated before the complaint was reopened ({reopened}).</source>
        <translation>答复时间不能早于重新打开的时间（{reopened}）。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount is larger than {max}.</source>
        <translation>金额不能大于 {max}。</translation>
    </message>
    <message>
        <source>Use at most two decimal places.</source>
        <translation>最多保留两位小数。</translation>
    </message>
    <message>
        <source>A deadline is between 1 and {max} days.</source>
        <translation>时限应在 1 到 {max} 天之间。</translation>
    </message>
    <message>
        <source>The warning is between 0 and {max} days before the deadline.</source>
        <translation>提前提醒天数应在 0 到 {max} 天之间。</translation>
    </message>
    <message>
        <source>Every category needs a name.</source>
        <translation>每个类别都要有名称。</translation>
    </message>
    <message>
        <source>A category name has at most {max} characters.</source>
        <translation>类别名称最多 {max} 个字。</translation>
    </message>
    <message>
        <source>Two categories are named “{label}”.</source>
        <translation>有两个类别都叫“{label}”。</translation>
    </message>
    <message>
        <source>“{code}” is not a valid category code.</source>
        <translation>“{code}”不是有效的类别代码。</translation>
    </message>
    <message>
        <source>The category “{category}” cannot be removed, only retired: complaints refer to it.</source>
        <translation>类别“{category}”已有投诉使用，不能删除，只能停用。</translation>
    </message>
    <message>
        <source>Keep at least one category in use.</source>
        <translation>至少保留一个启用的类别。</translation>
    </message>
</context>
<context>
    <name>ComplaintSettingsTab</name>
    <message>
        <source>Days to answer a complaint</source>
        <translation>投诉答复时限</translation>
    </message>
    <message>
        <source>&amp;Warn this many days before</source>
        <translation>提前提醒(&amp;W)</translation>
    </message>
    <message>
        <source>Complaint categories</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新类别</translation>
    </message>
    <message>
        <source>A&amp;dd category</source>
        <translation>添加类别(&amp;D)</translation>
    </message>
    <message>
        <source>Categories complaints refer to cannot be deleted; untick &quot;In use&quot; to retire one.</source>
        <translation>已有投诉使用的类别不能删除；取消“启用”即可停用。</translation>
    </message>
    <message>
        <source>%1 complaints</source>
        <translation>%1投诉</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
</context>
<context>
    <name>ComplaintSeverity</name>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>较重</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大</translation>
    </message>
</context>
<context>
    <name>ComplaintStatistics</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Choose a period of at most ten years.</source>
        <translation>统计期间最长十年。</translation>
    </message>
</context>
<context>
    <name>ComplaintStatisticsPage</name>
    <message>
        <source>&amp;Period</source>
        <translation>统计期间(&amp;P)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>By category and status</source>
        <translation>按类别和状态</translation>
    </message>
    <message>
        <source>By cause and responsibility</source>
        <translation>按原因和责任归属</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>逐月</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>上年</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>自选日期</translation>
    </message>
    <message>
        <source>Enter both days.</source>
        <translation>请填写起止两天。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Status as of %1</source>
        <translation>截至 %1 的状态</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Average time to close</source>
        <translation>平均办结时长</translation>
    </message>
    <message>
        <source>90% closed within</source>
        <translation>90% 在此时长内办结</translation>
    </message>
    <message>
        <source>Compensation (yuan)</source>
        <translation>补偿金额（元）</translation>
    </message>
    <message>
        <source>Complaints by category and status</source>
        <translation>投诉类别与状态</translation>
    </message>
    <message>
        <source>Average days to close</source>
        <translation>平均办结天数</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Causes and responsibility (investigated)</source>
        <translation>原因与责任归属（已调查）</translation>
    </message>
    <message>
        <source>Satisfaction at closing</source>
        <translation>关闭时的客户满意度</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>90% closed within (days)</source>
        <translation>90% 办结天数</translation>
    </message>
</context>
<context>
    <name>ComplaintStatus</name>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Resolving</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>ComplaintStepDialog</name>
    <message>
        <source>Complaint step</source>
        <translation>投诉处理</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Cause</source>
        <translation>原因(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Responsibility</source>
        <translation>责任归属(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>调查情况(&amp;F)</translation>
    </message>
    <message>
        <source>What the investigation established</source>
        <translation>调查查明的事实</translation>
    </message>
    <message>
        <source>&amp;Measures taken</source>
        <translation>处理措施(&amp;M)</translation>
    </message>
    <message>
        <source>Apology, refund, training, a partner&apos;s replacement…</source>
        <translation>道歉、退费、培训、合作方换货……</translation>
    </message>
    <message>
        <source>Com&amp;pensation (yuan)</source>
        <translation>补偿金额（元）(&amp;P)</translation>
    </message>
    <message>
        <source>Leave empty when there is none</source>
        <translation>没有补偿则留空</translation>
    </message>
    <message>
        <source>Answered &amp;by</source>
        <translation>答复方式(&amp;B)</translation>
    </message>
    <message>
        <source>Answered &amp;at</source>
        <translation>答复时间(&amp;A)</translation>
    </message>
    <message>
        <source>What the customer was &amp;told</source>
        <translation>答复内容(&amp;T)</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;satisfaction</source>
        <translation>客户满意度(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Why the complaint is taken up again</source>
        <translation>为什么重新处理这件投诉</translation>
    </message>
</context>
<context>
    <name>ComplaintTableModel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭日期</translation>
    </message>
</context>
<context>
    <name>ComplaintTexts</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>还剩 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>逾期答复</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>按时答复</translation>
    </message>
    <message>
        <source>answer due %1</source>
        <translation>答复期限 %1</translation>
    </message>
    <message numerus="yes">
        <source>reopened %n time(s)</source>
        <translation>
            <numerusform>重新打开 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Handling officer</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>责任归属</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>调查情况</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Compensation (yuan)</source>
        <translation>补偿金额（元）</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>答复方式</translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation>答复时间</translation>
    </message>
    <message>
        <source>Told the customer</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>尚未记录</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Answer to the customer</source>
        <translation>答复客户</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>The complaint does not exist or was deleted.</source>
        <translation>该投诉不存在或已被删除。</translation>
    </message>
    <message>
        <source>This complaint is handled by {officer}; ask them or your branch manager.</source>
        <translation>该投诉由{officer}承办；请联系承办人或网点负责人。</translation>
    </message>
    <message>
        <source>The chosen customer does not exist or was deleted.</source>
        <translation>所选客户不存在或已被删除。</translation>
    </message>
    <message>
        <source>The chosen handling officer does not exist or is inactive.</source>
        <translation>所选承办人不存在或已停用。</translation>
    </message>
    <message>
        <source>Someone else changed this complaint after you opened it. Close it and open it again.</source>
        <translation>您打开后，别人修改了这件投诉。请关闭后重新打开。</translation>
    </message>
    <message>
        <source>The complaint cannot be received after it was answered ({replied}).</source>
        <translation>受理时间不能晚于答复时间（{replied}）。</translation>
    </message>
    <message>
        <source>The complaint is already linked to this customer.</source>
        <translation>该投诉已关联到这位客户。</translation>
    </message>
    <message>
        <source>The complaint is already handled by {officer}.</source>
        <translation>该投诉已由{officer}承办。</translation>
    </message>
</context>
<context>
    <name>ComplaintsSection</name>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>此冲突已经处理过了。</translation>
    </message>
    <message>
        <source>Our copy of this record no longer exists; nothing was changed.</source>
        <translation>本机的这条记录已不存在，未作任何改动。</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>A record changed both here and on another device since they last agreed. Choose, field by field, which value to keep; the choice is recorded and sent with the next export.</source>
        <translation>以下记录在本机和其他设备上都被修改过。请逐项选择保留哪一边的值；处理结果会被记录，并随下一次导出发送。</translation>
    </message>
    <message>
        <source>Keep all of &amp;ours</source>
        <translation>全部保留本机(&amp;O)</translation>
    </message>
    <message>
        <source>Take all &amp;incoming</source>
        <translation>全部采用导入(&amp;I)</translation>
    </message>
    <message>
        <source>Note on this decision (optional)</source>
        <translation>处理说明（可不填）</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>确认处理(&amp;R)</translation>
    </message>
    <message>
        <source>No conflicts are waiting</source>
        <translation>没有待处理的冲突</translation>
    </message>
    <message>
        <source>When a record was changed both here and on another device, importing the other device&apos;s package lists it here with both versions side by side, and you choose field by field which to keep. Packages are imported on the Sync screen.</source>
        <translation>一条记录如果在本机和另一台设备上都被修改，导入对方的同步包后会在这里并排列出两边的内容，由您逐项选择保留哪一边。同步包在“数据同步”页面导入。</translation>
    </message>
    <message>
        <source>Go to the Sync screen</source>
        <translation>前往数据同步</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>registered twice</source>
        <translation>重复登记</translation>
    </message>
    <message>
        <source>changed on both sides</source>
        <translation>双方都有修改</translation>
    </message>
    <message>
        <source>No conflicts are waiting.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <source>from package %1 of device %2</source>
        <translation>来自设备 %2 的第 %1 号包</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>Conversions</name>
    <message>
        <source>Full-width characters converted: read as {value}.</source>
        <translation>全角字符已转换：读作 {value}。</translation>
    </message>
    <message>
        <source>The country code +86 was removed: read as {value}.</source>
        <translation>已去掉国家代码 +86：读作 {value}。</translation>
    </message>
    <message>
        <source>万 read as ten thousand: {value}.</source>
        <translation>“万”按一万计算：{value}。</translation>
    </message>
    <message>
        <source>Read as the date {value}.</source>
        <translation>读作日期 {value}。</translation>
    </message>
    <message>
        <source>A number in a date column, read as an Excel date: {value}.</source>
        <translation>日期列中的数字，按 Excel 日期读作 {value}。</translation>
    </message>
    <message>
        <source>A landline, not a mobile number: kept as the customer&apos;s landline {line}; the mobile number is left as it was.</source>
        <translation>这是固定电话，不是手机号：已记为客户的固定电话 {line}；手机号码保持不变。</translation>
    </message>
</context>
<context>
    <name>CreditGrade</name>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>较差</translation>
    </message>
</context>
<context>
    <name>CreditOverride</name>
    <message>
        <source>Say why the credit status is kept other than computed.</source>
        <translation>请填写认定理由：为何不采用计算出的信用状况。</translation>
    </message>
    <message>
        <source>Keep the reason within {limit} characters.</source>
        <translation>理由请控制在 {limit} 个字以内。</translation>
    </message>
    <message>
        <source>This customer is not in the list</source>
        <translation>该客户不在客户列表中</translation>
    </message>
    <message>
        <source>Someone else changed this customer meanwhile; open it again.</source>
        <translation>其他人刚修改了该客户，请重新打开。</translation>
    </message>
    <message>
        <source>An archived file cannot be changed.</source>
        <translation>已归档的档案不能修改。</translation>
    </message>
</context>
<context>
    <name>CreditOverrideDialog</name>
    <message>
        <source>Keep a credit status</source>
        <translation>人工认定信用状况</translation>
    </message>
    <message>
        <source>Computed status</source>
        <translation>计算结果</translation>
    </message>
    <message>
        <source>&amp;Kept status</source>
        <translation>认定为(&amp;K)</translation>
    </message>
    <message>
        <source>As computed (clear the override)</source>
        <translation>按计算结果（撤销认定）</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>认定</translation>
    </message>
</context>
<context>
    <name>CreditStatus</name>
    <message>
        <source>Poor</source>
        <translation>较差</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
</context>
<context>
    <name>CreditStatusLine</name>
    <message>
        <source>Keep a status…</source>
        <translation>人工认定…</translation>
    </message>
    <message>
        <source>Keep a credit status other than the computed one, with the reason</source>
        <translation>不采用计算结果，人工认定信用状况并说明理由</translation>
    </message>
    <message>
        <source>Computed once the file is saved</source>
        <translation>保存档案后计算</translation>
    </message>
    <message>
        <source>Computed: %1</source>
        <translation>计算：%1</translation>
    </message>
    <message>
        <source>kept: %1 (%2)</source>
        <translation>认定：%1（%2）</translation>
    </message>
    <message>
        <source>the kept status %1 (%2) lapsed when the loans changed</source>
        <translation>原认定“%1”（%2）因贷款情况变化已失效</translation>
    </message>
</context>
<context>
    <name>CustomerComplaintsTab</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Receive a complaint…</source>
        <translation>受理投诉…</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>打开投诉</translation>
    </message>
    <message numerus="yes">
        <source>Complaints (%n)</source>
        <translation>
            <numerusform>投诉（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 件投诉</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer file</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <source>18 characters; birth date and gender are read from it</source>
        <translation>18 位，出生日期和性别将自动读取</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>性别(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <source>Keeps the birthday by the &amp;lunar calendar</source>
        <translation>按农历过生日(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Mobile phone</source>
        <translation>手机号码(&amp;M)</translation>
    </message>
    <message>
        <source>Fi&amp;xed line</source>
        <translation>固定电话(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Ethnicity</source>
        <translation>民族(&amp;E)</translation>
    </message>
    <message>
        <source>E&amp;ducation</source>
        <translation>文化程度(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Household size</source>
        <translation>家庭人口(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation>省(&amp;P)</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>市(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;County</source>
        <translation>县(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Township</source>
        <translation>乡镇(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation>村(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Address detail</source>
        <translation>详细地址(&amp;A)</translation>
    </message>
    <message>
        <source>Production and operation</source>
        <translation>生产经营</translation>
    </message>
    <message>
        <source>&amp;Business mode</source>
        <translation>经营模式(&amp;B)</translation>
    </message>
    <message>
        <source>Cultivated &amp;land (mu)</source>
        <translation>耕地面积（亩）(&amp;L)</translation>
    </message>
    <message>
        <source>Annual &amp;income (yuan)</source>
        <translation>年收入（元）(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Technology notes</source>
        <translation>技术情况(&amp;T)</translation>
    </message>
    <message>
        <source>Production items</source>
        <translation>生产项目</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>Credit and loans</source>
        <translation>信用与贷款</translation>
    </message>
    <message>
        <source>&amp;Credit grade</source>
        <translation>信用等级(&amp;C)</translation>
    </message>
    <message>
        <source>Credit &amp;notes</source>
        <translation>信用备注(&amp;N)</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Needs and notes</source>
        <translation>需求与备注</translation>
    </message>
    <message>
        <source>Needs &amp;notes</source>
        <translation>需求说明(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Other notes</source>
        <translation>其他备注(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <source>Separate tags with spaces, e.g. VIP</source>
        <translation>多个标签用空格分隔，例如 VIP</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Technical training</source>
        <translation>技术培训</translation>
    </message>
    <message>
        <source>Market information</source>
        <translation>市场信息</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Status and officer</source>
        <translation>状态与客户经理</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Assigned &amp;officer</source>
        <translation>客户经理(&amp;O)</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>状态变更记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Change status…</source>
        <translation>变更状态(&amp;C)…</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>归档(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>贷款机构</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>贷款产品</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Balance (yuan)</source>
        <translation>余额（元）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>五级分类</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>担保方式</translation>
    </message>
    <message>
        <source>Print file…</source>
        <translation>打印档案…</translation>
    </message>
    <message>
        <source>Preview and print the customer profile sheet</source>
        <translation>预览并打印客户信息档案表</translation>
    </message>
    <message>
        <source>Visits and care</source>
        <translation>走访与关怀</translation>
    </message>
    <message>
        <source>New customer file</source>
        <translation>新建客户档案</translation>
    </message>
    <message>
        <source>A new file starts as a prospect.</source>
        <translation>新建档案的状态为“潜在”。</translation>
    </message>
    <message>
        <source>Customer file: %1</source>
        <translation>客户档案：%1</translation>
    </message>
    <message>
        <source>This file is archived; restore it to edit.</source>
        <translation>此档案已归档，恢复后才能修改。</translation>
    </message>
    <message>
        <source>File no. %1</source>
        <translation>档案编号 %1</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>File created as %1</source>
        <translation>建档（%1）</translation>
    </message>
    <message>
        <source>Add it to the village list</source>
        <translation>添加到村列表</translation>
    </message>
    <message>
        <source>Please correct the marked fields; nothing was saved.</source>
        <translation>请修改标出的内容；本次未保存任何数据。</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>与本行关系</translation>
    </message>
    <message>
        <source>Credit status</source>
        <translation>信用状况</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>Add village</source>
        <translation>添加村</translation>
    </message>
    <message>
        <source>Add %1 (%2) to the branch&apos;s village list?</source>
        <translation>将 %1（%2）添加到本网点的村列表？</translation>
    </message>
    <message>
        <source>Archive customer file</source>
        <translation>归档客户档案</translation>
    </message>
    <message>
        <source>Archive the file of %1? It is kept and can be restored.</source>
        <translation>归档 %1 的档案？档案会被保留，可随时恢复。</translation>
    </message>
    <message>
        <source>Print file</source>
        <translation>打印档案</translation>
    </message>
    <message>
        <source>The printout shows the file as last saved; your unsaved changes are not in it. Print anyway?</source>
        <translation>打印的是最后一次保存的档案，尚未保存的修改不会出现在打印件中。仍要打印吗？</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Close without saving your changes?</source>
        <translation>不保存修改就关闭？</translation>
    </message>
    <message>
        <source>mu</source>
        <translation>亩</translation>
    </message>
    <message>
        <source>This bank</source>
        <translation>本行</translation>
    </message>
</context>
<context>
    <name>CustomerHouseholdTab</name>
    <message>
        <source>Household &amp;code</source>
        <translation>户码(&amp;C)</translation>
    </message>
    <message>
        <source>As in the county&apos;s household register (户码)</source>
        <translation>与县里户籍登记的户码一致</translation>
    </message>
    <message>
        <source>Members of the household besides the customer</source>
        <translation>除客户本人以外的家庭成员</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>添加成员(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move member</source>
        <translation>移除成员(&amp;M)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <source>Search by name, pinyin, phone, ID number, village or file number (Ctrl+F)</source>
        <translation>按姓名、拼音、手机号、身份证号、村或档案编号搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <source>Create a customer file (Ctrl+N)</source>
        <translation>新建客户档案（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected customer&apos;s file (Enter)</source>
        <translation>打开所选客户的档案（回车）</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Business mode</source>
        <translation>经营模式</translation>
    </message>
    <message>
        <source>Credit grade</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>All townships</source>
        <translation>全部乡镇</translation>
    </message>
    <message>
        <source>All business modes</source>
        <translation>全部经营模式</translation>
    </message>
    <message>
        <source>All credit grades</source>
        <translation>全部信用等级</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>全部村</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>共 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches</source>
        <translation>没有符合条件的客户</translation>
    </message>
    <message>
        <source>Check the spelling, or try pinyin initials (zs), part of the mobile number or the village; the filters above may also leave them out.</source>
        <translation>请检查输入，或改用拼音首字母（如 zs）、手机号的一部分或村名；上方的筛选条件也可能把客户排除在外。</translation>
    </message>
    <message>
        <source>Clear the search and filters</source>
        <translation>清除搜索和筛选</translation>
    </message>
    <message>
        <source>No customer files yet</source>
        <translation>还没有客户档案</translation>
    </message>
    <message>
        <source>Create the first file with New customer (Ctrl+N), or import a filled-in registration workbook or a headquarters package on the Sync screen.</source>
        <translation>点击“新建客户”（Ctrl+N）建立第一份档案，或在“数据同步”页面导入填写好的登记表或总行同步包。</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <source>Select a customer in the list to see their status, contact, loans and officer here. Enter opens the file; Ctrl+N creates a new one.</source>
        <translation>在左侧列表中选择一位客户，这里会显示其状态、联系方式、贷款和客户经理。按 Enter 打开档案，Ctrl+N 新建客户。</translation>
    </message>
    <message>
        <source>File no.</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Land (mu)</source>
        <translation>耕地（亩）</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>贷款</translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s)</source>
        <translation>
            <numerusform>%n 笔</numerusform>
        </translation>
    </message>
    <message>
        <source>Loan balance (yuan)</source>
        <translation>贷款余额（元）</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产项目</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>CustomerPickerDialog</name>
    <message>
        <source>Choose a customer</source>
        <translation>选择客户</translation>
    </message>
    <message>
        <source>Name, pinyin, phone, ID number or village</source>
        <translation>姓名、拼音、电话、身份证号或村名</translation>
    </message>
    <message>
        <source>%1 of %2 shown; type more to narrow down</source>
        <translation>显示 %1 / %2 位；继续输入可缩小范围</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerRelationshipBox</name>
    <message>
        <source>Relationship with the branch</source>
        <translation>与本行关系</translation>
    </message>
    <message>
        <source>Cooperating s&amp;ince</source>
        <translation>合作起始日期(&amp;I)</translation>
    </message>
    <message>
        <source>Card le&amp;vel</source>
        <translation>卡等级(&amp;V)</translation>
    </message>
    <message>
        <source>Depo&amp;sits (yuan)</source>
        <translation>存款余额（元）(&amp;S)</translation>
    </message>
    <message>
        <source>Daily avera&amp;ge</source>
        <translation>日均存款(&amp;G)</translation>
    </message>
    <message>
        <source>Rea&amp;d on</source>
        <translation>数据日期(&amp;D)</translation>
    </message>
    <message>
        <source>Products &amp;held</source>
        <translation>持有产品(&amp;H)</translation>
    </message>
    <message>
        <source>Product (tick what the customer holds)</source>
        <translation>产品（勾选客户持有的）</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>开始日期</translation>
    </message>
</context>
<context>
    <name>CustomerRules</name>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>A name has at most {max} characters.</source>
        <translation>姓名最多 {max} 个字。</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>出生日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The birth date cannot be before 1900.</source>
        <translation>出生日期不能早于 1900 年。</translation>
    </message>
    <message>
        <source>The birth date differs from the one in the ID number ({date}).</source>
        <translation>出生日期与身份证号中的出生日期（{date}）不一致。</translation>
    </message>
    <message>
        <source>The gender differs from the one in the ID number ({gender}).</source>
        <translation>性别与身份证号显示的性别（{gender}）不一致。</translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <source>The value is larger than {max}.</source>
        <translation>数值不能大于 {max}。</translation>
    </message>
    <message>
        <source>Use at most two decimal places.</source>
        <translation>最多保留两位小数。</translation>
    </message>
    <message>
        <source>The household size must be between 1 and {max}.</source>
        <translation>家庭人口应在 1 到 {max} 之间。</translation>
    </message>
    <message>
        <source>A tag has at most {max} characters and no commas.</source>
        <translation>每个标签最多 {max} 个字，且不能含逗号。</translation>
    </message>
    <message>
        <source>The loan amount must be above zero.</source>
        <translation>贷款金额必须大于零。</translation>
    </message>
    <message>
        <source>The balance ({balance}) cannot be above the loan amount ({amount}).</source>
        <translation>贷款余额（{balance}）不能大于贷款金额（{amount}）。</translation>
    </message>
    <message>
        <source>The due date cannot be before the start date.</source>
        <translation>到期日不能早于起始日。</translation>
    </message>
    <message>
        <source>A customer needs a valid ID number to be {status}.</source>
        <translation>客户需要有效的身份证号才能设为“{status}”。</translation>
    </message>
</context>
<context>
    <name>CustomerStatus</name>
    <message>
        <source>Prospect</source>
        <translation>潜在</translation>
    </message>
    <message>
        <source>Under admission review</source>
        <translation>准入审核中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正式</translation>
    </message>
    <message>
        <source>Cooperation ended</source>
        <translation>停止合作</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>File no.</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Business mode</source>
        <translation>经营模式</translation>
    </message>
    <message>
        <source>Land (mu)</source>
        <translation>耕地（亩）</translation>
    </message>
    <message>
        <source>Credit grade</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <source>Loan balance (yuan)</source>
        <translation>贷款余额（元）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>CustomerVisitsTab</name>
    <message>
        <source>Save the file first to record visits for this customer.</source>
        <translation>请先保存档案，再为该客户记录走访。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>&amp;New visit…</source>
        <translation>新建走访(&amp;N)…</translation>
    </message>
    <message>
        <source>Open visit</source>
        <translation>打开走访</translation>
    </message>
    <message>
        <source>Log &amp;greeting…</source>
        <translation>记录关怀(&amp;G)…</translation>
    </message>
    <message>
        <source>Visit: %1</source>
        <translation>走访：%1</translation>
    </message>
    <message>
        <source>Care: %1, %2</source>
        <translation>关怀：%1，%2</translation>
    </message>
    <message>
        <source>Class: %1 %2 → %3</source>
        <translation>分类：%1 %2 → %3</translation>
    </message>
    <message>
        <source>rules version %1</source>
        <translation>规则第 %1 版</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>The customer does not exist or was deleted.</source>
        <translation>该客户不存在或已被删除。</translation>
    </message>
    <message>
        <source>This ID number already belongs to {name} ({village}, officer {officer}).</source>
        <translation>该身份证号已属于客户 {name}（{village}，客户经理 {officer}）。</translation>
    </message>
    <message>
        <source>This ID number already belongs to {name} ({village}), whose file is archived; restore that file instead.</source>
        <translation>该身份证号已属于客户 {name}（{village}），其档案已归档；请恢复该档案，不要重复建档。</translation>
    </message>
    <message>
        <source>This ID number was just saved for another customer; search for it first.</source>
        <translation>该身份证号刚被其他客户使用，请先搜索。</translation>
    </message>
    <message>
        <source>{village} is not in the village list of {township}.</source>
        <translation>“{village}”不在{township}的村列表中。</translation>
    </message>
    <message>
        <source>The chosen officer does not exist.</source>
        <translation>所选客户经理不存在。</translation>
    </message>
    <message>
        <source>Someone else changed this customer after you opened it. Close the form and open it again.</source>
        <translation>您打开档案后，其他人修改了此客户。请关闭后重新打开。</translation>
    </message>
    <message>
        <source>This customer&apos;s file is archived; restore it before editing.</source>
        <translation>此客户档案已归档，请先恢复再修改。</translation>
    </message>
    <message>
        <source>A customer cannot go from {current} to {target}.</source>
        <translation>客户状态不能从“{current}”变更为“{target}”。</translation>
    </message>
    <message>
        <source>Only a branch manager can approve an admission review.</source>
        <translation>只有网点负责人可以审批准入。</translation>
    </message>
    <message>
        <source>Give a reason for the change.</source>
        <translation>请填写变更原因。</translation>
    </message>
    <message>
        <source>This customer&apos;s file is already archived.</source>
        <translation>此客户档案已经归档。</translation>
    </message>
    <message>
        <source>This customer&apos;s file is not archived.</source>
        <translation>此客户档案未归档。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path} is not an AgriCRM database; it was left untouched.</source>
        <translation>{path} 不是 AgriCRM 数据库，文件未作任何改动。</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of AgriCRM (schema {revision}); install that version to open it. The file was left untouched.</source>
        <translation>{path} 由更新版本的 AgriCRM 创建（结构版本 {revision}），请安装该版本后打开。文件未作任何改动。</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>{url}: this version of AgriCRM opens database files only (a path, or a URL starting with sqlite:///).</source>
        <translation>{url}：此版本的 AgriCRM 只能打开数据库文件（文件路径，或以 sqlite:/// 开头的地址）。</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>“{text}” is not a date; write it as year-month-day, e.g. 2026-07-02.</source>
        <translation>“{text}”不是日期，请按“年-月-日”填写，例如 2026-07-02。</translation>
    </message>
    <message>
        <source>There is no such day as {text}.</source>
        <translation>没有 {text} 这一天。</translation>
    </message>
    <message>
        <source>“{text}” is not a time; write it as hour:minute, e.g. 14:30.</source>
        <translation>“{text}”不是时间，请按“时:分”填写，例如 14:30。</translation>
    </message>
    <message>
        <source>There is no such time as {text}.</source>
        <translation>没有 {text} 这个时间。</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>时:分</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+↓)</source>
        <translation>从日历中选择（Alt+↓）</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>{path} already exists; demo data is only written to a new file.</source>
        <translation>{path} 已存在；演示数据只会写入新文件。</translation>
    </message>
    <message>
        <source>The number of customers must be between 1 and 1000000.</source>
        <translation>客户数量必须在 1 到 1000000 之间。</translation>
    </message>
    <message>
        <source>The number of visits must be between 0 and 10000000.</source>
        <translation>走访次数必须在 0 到 10000000 之间。</translation>
    </message>
    <message>
        <source>The number of complaints must be between 0 and 1000000.</source>
        <translation>投诉数量须在 0 到 1000000 之间。</translation>
    </message>
</context>
<context>
    <name>Dimension</name>
    <message>
        <source>Production scale</source>
        <translation>生产规模</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>产业类型</translation>
    </message>
    <message>
        <source>Credit status</source>
        <translation>信用状况</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <source>Needs type</source>
        <translation>需求类型</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活跃度</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>合作阶段</translation>
    </message>
</context>
<context>
    <name>DueReason</name>
    <message>
        <source>First visit</source>
        <translation>首次走访</translation>
    </message>
    <message>
        <source>Regular visit</source>
        <translation>定期走访</translation>
    </message>
    <message>
        <source>Next visit as planned</source>
        <translation>按计划下次走访</translation>
    </message>
    <message>
        <source>Post-loan check</source>
        <translation>贷后检查</translation>
    </message>
    <message>
        <source>Overdue loan</source>
        <translation>贷款逾期</translation>
    </message>
    <message>
        <source>Reactivation visit</source>
        <translation>唤醒走访</translation>
    </message>
</context>
<context>
    <name>Education</name>
    <message>
        <source>Primary school or less</source>
        <translation>小学及以下</translation>
    </message>
    <message>
        <source>Junior high school</source>
        <translation>初中</translation>
    </message>
    <message>
        <source>Senior high or vocational school</source>
        <translation>高中/中专</translation>
    </message>
    <message>
        <source>Junior college</source>
        <translation>大专</translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree or above</source>
        <translation>本科及以上</translation>
    </message>
</context>
<context>
    <name>EffectView</name>
    <message>
        <source>Effect of the edited rules</source>
        <translation>修改的影响</translation>
    </message>
    <message>
        <source>Press Preview to see which customers the edited rules would move.</source>
        <translation>点“预览影响”，查看修改后的规则会使哪些客户的分类发生变化。</translation>
    </message>
    <message>
        <source>Double-click a customer to open the file.</source>
        <translation>双击客户可打开其档案。</translation>
    </message>
    <message>
        <source>The rules were edited after this preview: preview again.</source>
        <translation>预览之后规则又有修改，请重新预览。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The input is not valid.</source>
        <translation>输入内容无效。</translation>
    </message>
    <message>
        <source>AgriCRM</source>
        <translation>AgriCRM</translation>
    </message>
    <message>
        <source>Something went wrong: {error}. Your data was not changed.</source>
        <translation>出现错误：{error}。您的数据未被修改。</translation>
    </message>
</context>
<context>
    <name>Ethnicity</name>
    <message>
        <source>Han</source>
        <translation>汉族</translation>
    </message>
    <message>
        <source>Mongol</source>
        <translation>蒙古族</translation>
    </message>
    <message>
        <source>Hui</source>
        <translation>回族</translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation>藏族</translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation>维吾尔族</translation>
    </message>
    <message>
        <source>Miao</source>
        <translation>苗族</translation>
    </message>
    <message>
        <source>Yi</source>
        <translation>彝族</translation>
    </message>
    <message>
        <source>Zhuang</source>
        <translation>壮族</translation>
    </message>
    <message>
        <source>Bouyei</source>
        <translation>布依族</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>朝鲜族</translation>
    </message>
    <message>
        <source>Manchu</source>
        <translation>满族</translation>
    </message>
    <message>
        <source>Dong</source>
        <translation>侗族</translation>
    </message>
    <message>
        <source>Yao</source>
        <translation>瑶族</translation>
    </message>
    <message>
        <source>Bai</source>
        <translation>白族</translation>
    </message>
    <message>
        <source>Tujia</source>
        <translation>土家族</translation>
    </message>
    <message>
        <source>Hani</source>
        <translation>哈尼族</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>哈萨克族</translation>
    </message>
    <message>
        <source>Dai</source>
        <translation>傣族</translation>
    </message>
    <message>
        <source>Li</source>
        <translation>黎族</translation>
    </message>
    <message>
        <source>Lisu</source>
        <translation>傈僳族</translation>
    </message>
    <message>
        <source>Va</source>
        <translation>佤族</translation>
    </message>
    <message>
        <source>She</source>
        <translation>畲族</translation>
    </message>
    <message>
        <source>Gaoshan</source>
        <translation>高山族</translation>
    </message>
    <message>
        <source>Lahu</source>
        <translation>拉祜族</translation>
    </message>
    <message>
        <source>Sui</source>
        <translation>水族</translation>
    </message>
    <message>
        <source>Dongxiang</source>
        <translation>东乡族</translation>
    </message>
    <message>
        <source>Naxi</source>
        <translation>纳西族</translation>
    </message>
    <message>
        <source>Jingpo</source>
        <translation>景颇族</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>柯尔克孜族</translation>
    </message>
    <message>
        <source>Tu</source>
        <translation>土族</translation>
    </message>
    <message>
        <source>Daur</source>
        <translation>达斡尔族</translation>
    </message>
    <message>
        <source>Mulao</source>
        <translation>仫佬族</translation>
    </message>
    <message>
        <source>Qiang</source>
        <translation>羌族</translation>
    </message>
    <message>
        <source>Blang</source>
        <translation>布朗族</translation>
    </message>
    <message>
        <source>Salar</source>
        <translation>撒拉族</translation>
    </message>
    <message>
        <source>Maonan</source>
        <translation>毛南族</translation>
    </message>
    <message>
        <source>Gelao</source>
        <translation>仡佬族</translation>
    </message>
    <message>
        <source>Xibe</source>
        <translation>锡伯族</translation>
    </message>
    <message>
        <source>Achang</source>
        <translation>阿昌族</translation>
    </message>
    <message>
        <source>Pumi</source>
        <translation>普米族</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>塔吉克族</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>怒族</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>乌孜别克族</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄罗斯族</translation>
    </message>
    <message>
        <source>Evenki</source>
        <translation>鄂温克族</translation>
    </message>
    <message>
        <source>De&apos;ang</source>
        <translation>德昂族</translation>
    </message>
    <message>
        <source>Bonan</source>
        <translation>保安族</translation>
    </message>
    <message>
        <source>Yugur</source>
        <translation>裕固族</translation>
    </message>
    <message>
        <source>Gin</source>
        <translation>京族</translation>
    </message>
    <message>
        <source>Tatar</source>
        <translation>塔塔尔族</translation>
    </message>
    <message>
        <source>Derung</source>
        <translation>独龙族</translation>
    </message>
    <message>
        <source>Oroqen</source>
        <translation>鄂伦春族</translation>
    </message>
    <message>
        <source>Hezhen</source>
        <translation>赫哲族</translation>
    </message>
    <message>
        <source>Monba</source>
        <translation>门巴族</translation>
    </message>
    <message>
        <source>Lhoba</source>
        <translation>珞巴族</translation>
    </message>
    <message>
        <source>Jino</source>
        <translation>基诺族</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>{year} has not begun (today is {today}): nothing to evaluate yet.</source>
        <translation>{year} 年尚未开始（今天是 {today}），暂无可评估内容。</translation>
    </message>
    <message>
        <source>{indicator} {value}: {points} of 100 points, weight {weight}</source>
        <translation>{indicator} {value}：{points} 分（满分 100），权重 {weight}</translation>
    </message>
    <message>
        <source>{figure} {unit}</source>
        <translation>{figure} {unit}</translation>
    </message>
    <message>
        <source>{indicator}: nothing to keep this year, 100 of 100 points, weight {weight}</source>
        <translation>{indicator}：本年无计划事项，100 分（满分 100），权重 {weight}</translation>
    </message>
    <message>
        <source>{indicator} not recorded: 0 of 100 points, weight {weight}</source>
        <translation>{indicator}未记录：0 分（满分 100），权重 {weight}</translation>
    </message>
    <message>
        <source>Grade {grade}: score {score} ≥ {start}</source>
        <translation>{grade} 级：得分 {score} ≥ {start}</translation>
    </message>
    <message>
        <source>Grade {grade}: score {score} &lt; {start}</source>
        <translation>{grade} 级：得分 {score} &lt; {start}</translation>
    </message>
    <message>
        <source>Provisional: {year} ends on {end} (evaluated on {today}); the figures may still change</source>
        <translation>预评估：{year} 年至 {end} 结束（评估日 {today}），数据仍可能变化</translation>
    </message>
    <message>
        <source>Score {before} → {after} ({delta}), grade {grade_before} → {grade_after}</source>
        <translation>得分 {before} → {after}（{delta}），等级 {grade_before} → {grade_after}</translation>
    </message>
    <message>
        <source>{indicator}: {value_before} → {value_after}, {delta} points of the score</source>
        <translation>{indicator}：{value_before} → {value_after}，影响得分 {delta} 分</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>The two years were scored by different rules (version {before} and {after}): part of the change is the rules&apos;</source>
        <translation>两年按不同版本的规则计分（第 {before} 版与第 {after} 版）：部分变化来自规则调整</translation>
    </message>
    <message>
        <source>Grade {grade}: as computed</source>
        <translation>{grade} 级：系统评定</translation>
    </message>
    <message>
        <source>Grade {grade}: adjusted from {computed} by {by}, approved by {approver} ({reason})</source>
        <translation>{grade} 级：由 {by} 从 {computed} 级调整，{approver} 批准（{reason}）</translation>
    </message>
</context>
<context>
    <name>EvaluationAdjustment</name>
    <message>
        <source>Grade {grade} is the computed grade: propose another one.</source>
        <translation>{grade} 级即系统评定等级，请提出其他等级。</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>请填写理由。</translation>
    </message>
    <message>
        <source>A reason has at most {max} characters.</source>
        <translation>理由最多 {max} 个字。</translation>
    </message>
    <message>
        <source>The evaluation of {year} is provisional: propose an adjustment once the year has ended.</source>
        <translation>{year} 年的评估为预评估：请在该年度结束后再提出调整。</translation>
    </message>
    <message>
        <source>This proposal was already {status} on {date}.</source>
        <translation>该调整申请已于 {date} {status}。</translation>
    </message>
    <message>
        <source>A proposal is decided by someone other than who made it.</source>
        <translation>调整申请须由申请人以外的人审批。</translation>
    </message>
    <message>
        <source>The proposal was made on {date}: decide on or after that day.</source>
        <translation>调整申请提出于 {date}，请在当日或之后审批。</translation>
    </message>
</context>
<context>
    <name>EvaluationGroup</name>
    <message>
        <source>Business volume and growth</source>
        <translation>业务规模与增长</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>忠诚度</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>信誉</translation>
    </message>
</context>
<context>
    <name>EvaluationRules</name>
    <message>
        <source>The weights add up to 0, so nothing could be scored: give one a weight.</source>
        <translation>权重合计为 0，无法计分：请至少为一项指标设置权重。</translation>
    </message>
    <message>
        <source>Grade {grade} must start below grade {above} ({start}).</source>
        <translation>{grade} 级的起始分须低于 {above} 级（{start}）。</translation>
    </message>
</context>
<context>
    <name>EvaluationUnit</name>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>of 5</source>
        <translation>分（满分 5）</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>{path} is not an Excel workbook (.xlsx) or a CSV file.</source>
        <translation>{path} 不是 Excel 工作簿（.xlsx）或 CSV 文件。</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{path} is neither UTF-8 nor GBK text; save it again as CSV UTF-8.</source>
        <translation>{path} 既不是 UTF-8 也不是 GBK 编码，请另存为“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <source>The columns of {path} are not those of a customer list (姓名, 乡镇, 村 …).</source>
        <translation>{path} 的列不是客户名单的列（应有姓名、乡镇、村等）。</translation>
    </message>
    <message>
        <source>Not a date; write it as 2024-03-05.</source>
        <translation>不是日期，请写成 2024-03-05 的形式。</translation>
    </message>
    <message>
        <source>Not a time stamp (expected 2024-03-05T08:30:00Z).</source>
        <translation>不是时间戳（应为 2024-03-05T08:30:00Z 的形式）。</translation>
    </message>
    <message>
        <source>Not a whole number.</source>
        <translation>不是整数。</translation>
    </message>
    <message>
        <source>Write 是 or 否.</source>
        <translation>请填写“是”或“否”。</translation>
    </message>
    <message>
        <source>Not one of the allowed values: {allowed}.</source>
        <translation>不是可选的值，可选：{allowed}。</translation>
    </message>
    <message>
        <source>Not a record number (uuid).</source>
        <translation>不是有效的记录编号（uuid）。</translation>
    </message>
    <message>
        <source>The ID number was stored as a number, so its last digits are lost; format the column as text and type it again.</source>
        <translation>身份证号被存成了数字，末尾几位已经丢失；请把该列设为文本格式后重新填写。</translation>
    </message>
    <message>
        <source>Stored as a number with a fraction; format the column as text.</source>
        <translation>被存成了带小数的数字，请把该列设为文本格式。</translation>
    </message>
    <message>
        <source>Longer than {max} characters.</source>
        <translation>超过 {max} 个字。</translation>
    </message>
</context>
<context>
    <name>Fact</name>
    <message>
        <source>cultivated land</source>
        <translation>耕地面积</translation>
    </message>
    <message>
        <source>livestock</source>
        <translation>畜禽存栏</translation>
    </message>
    <message>
        <source>water area</source>
        <translation>水面面积</translation>
    </message>
    <message>
        <source>production items</source>
        <translation>生产项目</translation>
    </message>
    <message>
        <source>loans</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>loan balance</source>
        <translation>贷款余额</translation>
    </message>
    <message>
        <source>five-category classification of a loan</source>
        <translation>贷款五级分类</translation>
    </message>
    <message>
        <source>overdue history</source>
        <translation>逾期历史</translation>
    </message>
    <message>
        <source>deposits</source>
        <translation>存款</translation>
    </message>
    <message>
        <source>products held</source>
        <translation>持有产品</translation>
    </message>
    <message>
        <source>date cooperation began</source>
        <translation>合作起始日期</translation>
    </message>
    <message>
        <source>last year&apos;s balances</source>
        <translation>上年余额</translation>
    </message>
    <message>
        <source>recorded needs</source>
        <translation>需求记录</translation>
    </message>
    <message>
        <source>visits, care, loan or product changes</source>
        <translation>走访、关怀、贷款或产品变动</translation>
    </message>
</context>
<context>
    <name>Festival</name>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Lantern Festival</source>
        <translation>元宵节</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <source>Qixi Festival</source>
        <translation>七夕节</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>Double Ninth Festival</source>
        <translation>重阳节</translation>
    </message>
    <message>
        <source>Laba Festival</source>
        <translation>腊八节</translation>
    </message>
    <message>
        <source>Lunar New Year&apos;s Eve</source>
        <translation>除夕</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>Grade</name>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
</context>
<context>
    <name>GuaranteeType</name>
    <message>
        <source>Unsecured (credit)</source>
        <translation>信用</translation>
    </message>
    <message>
        <source>Guaranteed</source>
        <translation>保证</translation>
    </message>
    <message>
        <source>Mortgage</source>
        <translation>抵押</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>质押</translation>
    </message>
</context>
<context>
    <name>HouseholdRules</name>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation>请填写成员姓名。</translation>
    </message>
    <message>
        <source>A name has at most {max} characters.</source>
        <translation>姓名最多 {max} 个字。</translation>
    </message>
    <message>
        <source>A household code has at most {max} characters.</source>
        <translation>户码最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>A household lists at most {max} members besides the customer.</source>
        <translation>除客户本人外，家庭成员最多 {max} 人。</translation>
    </message>
    <message>
        <source>This ID number is given for another member too (row {row}).</source>
        <translation>第 {row} 行的成员也填了这个身份证号。</translation>
    </message>
    <message>
        <source>This is the customer&apos;s own ID number, not a member&apos;s.</source>
        <translation>这是客户本人的身份证号，不是家庭成员的。</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>An ID number has 18 characters; this one has {length}.</source>
        <translation>身份证号应为 18 位，当前为 {length} 位。</translation>
    </message>
    <message>
        <source>An ID number is 17 digits followed by a digit or X.</source>
        <translation>身份证号由 17 位数字加最后一位数字或 X 组成。</translation>
    </message>
    <message>
        <source>The birth date in this ID number ({digits}) is not a real date.</source>
        <translation>身份证号中的出生日期（{digits}）不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date in this ID number ({date}) is in the future.</source>
        <translation>身份证号中的出生日期（{date}）晚于今天。</translation>
    </message>
    <message>
        <source>The last character should be {expected}; the number was probably mistyped.</source>
        <translation>校验位应为 {expected}，号码可能输错了。</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The required column {column} is missing.</source>
        <translation>缺少必需的列“{column}”。</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>No such record in this file or in the database ({value}).</source>
        <translation>文件和数据库中都没有这条记录（{value}）。</translation>
    </message>
    <message>
        <source>{village} ({township}) is not in the village list; add it to the 村 sheet.</source>
        <translation>“{village}”（{township}）不在村列表中，请先在“村”工作表中添加。</translation>
    </message>
    <message>
        <source>The same record appears twice (row {row}).</source>
        <translation>同一条记录出现了两次（第 {row} 行）。</translation>
    </message>
    <message>
        <source>No customer has the file number {value}; a new customer gets its number when it is saved, so leave this cell empty for a new one.</source>
        <translation>没有档案编号为 {value} 的客户；新客户的档案编号在保存时自动生成，新客户请将此格留空。</translation>
    </message>
    <message>
        <source>Row {row} of this sheet has the same ID number for another person.</source>
        <translation>本工作表第 {row} 行是另一个人，却用了相同的身份证号。</translation>
    </message>
    <message>
        <source>There is no officer of that name.</source>
        <translation>没有这个名字的客户经理。</translation>
    </message>
    <message>
        <source>Not a complaint category of this branch (known codes: {allowed}).</source>
        <translation>不是本网点的投诉类别（可用代码：{allowed}）。</translation>
    </message>
    <message>
        <source>A complaint needs a customer, or a caller&apos;s name and phone.</source>
        <translation>投诉须关联客户，或填写来电人姓名和电话。</translation>
    </message>
    <message>
        <source>This customer belongs to another officer; only a branch manager can import it.</source>
        <translation>该客户属于其他客户经理，只有网点负责人可以导入。</translation>
    </message>
    <message>
        <source>Only a branch manager can change users.</source>
        <translation>只有网点负责人可以修改用户。</translation>
    </message>
    <message>
        <source>This package was exported from this database; import it on another device.</source>
        <translation>这个同步包是从本数据库导出的，请在其他设备上导入。</translation>
    </message>
    <message>
        <source>This workbook is not an AgriCRM sync package.</source>
        <translation>这个工作簿不是 AgriCRM 同步包。</translation>
    </message>
    <message>
        <source>This package comes from a newer AgriCRM (schema {schema}); update AgriCRM first.</source>
        <translation>这个同步包来自更新版本的 AgriCRM（结构版本 {schema}），请先升级 AgriCRM。</translation>
    </message>
    <message>
        <source>Package {seq} from {device} builds on package {base}, but the last one imported from that device is {last}. Import the missing packages first; nothing was changed.</source>
        <translation>来自 {device} 的第 {seq} 号包基于第 {base} 号包，但本机从该设备导入的最后一个包是第 {last} 号。请先导入缺少的包；未作任何改动。</translation>
    </message>
    <message>
        <source>The file contains no sheet AgriCRM knows.</source>
        <translation>文件中没有 AgriCRM 能识别的工作表。</translation>
    </message>
    <message>
        <source>{count} problem(s) found in {path}; nothing was imported.</source>
        <translation>在 {path} 中发现 {count} 个问题，未导入任何数据。</translation>
    </message>
    <message>
        <source>After importing, {entity} has {found} of the {expected} records of the file.</source>
        <translation>导入后核对：“{entity}”只找到文件中 {expected} 条记录中的 {found} 条。</translation>
    </message>
    <message>
        <source>Say whose household this member belongs to: the customer&apos;s file number (档案编号), the head&apos;s ID number (户主身份证号) or the household code (户码).</source>
        <translation>请写明该成员属于哪一户：客户的档案编号、户主身份证号或户码。</translation>
    </message>
    <message>
        <source>No customer of this file or of the database has {value} as {column}.</source>
        <translation>本文件和数据库中都没有{column}为 {value} 的客户。</translation>
    </message>
    <message>
        <source>{count} customers have {value} as {column}; name the household by the file number or the head&apos;s ID number instead.</source>
        <translation>有 {count} 位客户的{column}都是 {value}；请改用档案编号或户主身份证号指明这一户。</translation>
    </message>
    <message>
        <source>This names the household of {name}, but {column} names the household of {other}.</source>
        <translation>此格指向 {name} 的家庭，但{column}指向 {other} 的家庭。</translation>
    </message>
    <message>
        <source>Row {row} of this sheet gives this ID number for another member of the household.</source>
        <translation>本表第 {row} 行的另一位家庭成员也是这个身份证号。</translation>
    </message>
    <message>
        <source>{name}, a member of this household on file, has this ID number.</source>
        <translation>该户已登记的成员 {name} 使用这个身份证号。</translation>
    </message>
    <message>
        <source>Not in the branch&apos;s product catalogue: {names}. The catalogue has: {catalogue}.</source>
        <translation>本网点产品目录中没有：{names}。目录中的产品有：{catalogue}。</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>Loan and deposit balance</source>
        <translation>存贷款余额</translation>
    </message>
    <message>
        <source>Growth on last year</source>
        <translation>较上年增长</translation>
    </message>
    <message>
        <source>Products held</source>
        <translation>持有产品数</translation>
    </message>
    <message>
        <source>Years of cooperation</source>
        <translation>合作年限</translation>
    </message>
    <message>
        <source>Planned visits kept</source>
        <translation>计划走访完成率</translation>
    </message>
    <message>
        <source>Visit satisfaction</source>
        <translation>走访满意度</translation>
    </message>
    <message>
        <source>Complaints not ended satisfied</source>
        <translation>未满意结案的投诉</translation>
    </message>
    <message>
        <source>Repayments on time</source>
        <translation>按时还款率</translation>
    </message>
    <message>
        <source>Longest days overdue</source>
        <translation>最长逾期天数</translation>
    </message>
</context>
<context>
    <name>Industry</name>
    <message>
        <source>Crop farming</source>
        <translation>种植</translation>
    </message>
    <message>
        <source>Livestock farming</source>
        <translation>养殖</translation>
    </message>
    <message>
        <source>Aquaculture</source>
        <translation>水产</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>加工</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>综合</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
</context>
<context>
    <name>LoanClassification</name>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Special mention</source>
        <translation>关注</translation>
    </message>
    <message>
        <source>Substandard</source>
        <translation>次级</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>可疑</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
</context>
<context>
    <name>Logo</name>
    <message>
        <source>The logo file is {size} KB; a logo may have at most {limit} KB.</source>
        <translation>标志文件大小为 {size} KB，最大允许 {limit} KB。</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>标志必须是 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>The logo file is damaged or not an image.</source>
        <translation>标志文件已损坏或不是图片。</translation>
    </message>
    <message>
        <source>The logo is {width}×{height} pixels; each side must be between {low} and {high} pixels.</source>
        <translation>标志为 {width}×{height} 像素，每边须在 {low} 到 {high} 像素之间。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AgriCRM</source>
        <translation>AgriCRM</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>功能导航</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>最近打开的数据库(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>打开其他数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Close this database and open another AgriCRM database file</source>
        <translation>关闭当前数据库，打开另一个 AgriCRM 数据库文件</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>Show the folder holding this database, its backups and attachments</source>
        <translation>显示存放本数据库及其备份和附件的文件夹</translation>
    </message>
    <message>
        <source>&amp;Import a package or workbook…</source>
        <translation>导入同步包或工作簿(&amp;I)…</translation>
    </message>
    <message>
        <source>Choose a file on the Sync screen and preview what it would change</source>
        <translation>在“数据同步”页选择文件，并预览导入会带来的变化</translation>
    </message>
    <message>
        <source>&amp;Export a sync package…</source>
        <translation>导出同步包(&amp;E)…</translation>
    </message>
    <message>
        <source>Write a package for headquarters or another device (Sync screen)</source>
        <translation>为总行或其他设备生成同步包（“数据同步”页）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About AgriCRM</source>
        <translation>关于 AgriCRM(&amp;A)</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Customer files</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>Visit log</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉处理</translation>
    </message>
    <message>
        <source>&amp;Classification rules…</source>
        <translation>分类规则(&amp;C)…</translation>
    </message>
    <message>
        <source>Repor&amp;ts</source>
        <translation>报表(&amp;T)</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) planned for today</source>
        <translation>
            <numerusform>今日计划走访 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) past the answer deadline</source>
        <translation>
            <numerusform>%n 件投诉已超过答复期限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) to answer in the coming days</source>
        <translation>
            <numerusform>%n 件投诉须在近日答复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting for a decision</source>
        <translation>
            <numerusform>%n 个冲突等待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>当前用户：%1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>登录名：%1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>数据同步</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The new language takes effect when AgriCRM is restarted.</source>
        <translation>新的界面语言将在重新启动 AgriCRM 后生效。</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>打开其他数据库</translation>
    </message>
    <message>
        <source>AgriCRM databases (*.db);;All files (*)</source>
        <translation>AgriCRM 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No other database opened yet</source>
        <translation>尚未打开过其他数据库</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>MembersPart</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1（%2 行）</translation>
    </message>
    <message>
        <source>A household register lists each household&apos;s members on a sheet of their own: choose it to bring them in with the customers.</source>
        <translation>户籍登记表常把各户的家庭成员单独列在一张表里：选中它，家庭成员就随客户一起导入。</translation>
    </message>
    <message>
        <source>Members: heading row %1; %2 members under it.</source>
        <translation>家庭成员：表头为第 %1 行，其下共 %2 位成员。</translation>
    </message>
    <message>
        <source>Columns of the family members&apos; sheet %1</source>
        <translation>家庭成员表 %1 的各列</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>{file}: applied ({device}, package {seq}): {new} new, {updated} updated, {conflicts} conflicts.</source>
        <translation>{file}：已导入（{device}，第 {seq} 号包）：新增 {new} 条，更新 {updated} 条，冲突 {conflicts} 条。</translation>
    </message>
    <message>
        <source>{file}: not applied: {reason}</source>
        <translation>{file}：未导入：{reason}</translation>
    </message>
    <message>
        <source>{file}: not applied: {count} problem(s), e.g. sheet {sheet} row {row}: {reason}</source>
        <translation>{file}：未导入：有 {count} 个问题，例如工作表“{sheet}”第 {row} 行：{reason}</translation>
    </message>
    <message>
        <source>Same person registered twice: {name} (ID number {id_number}) — see the Conflicts screen.</source>
        <translation>同一人被重复登记：{name}（身份证号 {id_number}），请在“同步冲突”界面处理。</translation>
    </message>
</context>
<context>
    <name>NamedList</name>
    <message>
        <source>{name} left the branch on {date}: choose a maintainer who is still here.</source>
        <translation>{name}已于 {date} 离开本网点：请选择仍在岗的维护人。</translation>
    </message>
    <message>
        <source>{name} holds no post: give them a post before entrusting customers to them.</source>
        <translation>{name}没有岗位：请先为其设置岗位，再将客户交其维护。</translation>
    </message>
    <message>
        <source>{name}&apos;s post &quot;{post}&quot; is not in the named-list rules: add it to the rules or change their post.</source>
        <translation>{name}的岗位“{post}”不在名单制管理规则中：请在规则中添加该岗位，或更改其岗位。</translation>
    </message>
    <message>
        <source>{customer} is not eligible for the named list ({why}): give a reason to list them anyway.</source>
        <translation>{customer}不符合名单制入选条件（{why}）：如仍要列入名单，请填写理由。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>A reason has at most {max} characters.</source>
        <translation>理由最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>请填写理由。</translation>
    </message>
    <message>
        <source>{name} already maintains {customer}.</source>
        <translation>{customer}已由{name}维护。</translation>
    </message>
    <message>
        <source>{customer} was assigned on {date}: a change must be dated on or after that day.</source>
        <translation>{customer}于 {date} 分配：变更日期不能早于该日。</translation>
    </message>
    <message>
        <source>{customer} is not on the named list.</source>
        <translation>{customer}不在名单中。</translation>
    </message>
    <message>
        <source>{customer} is chosen twice.</source>
        <translation>{customer}被选择了两次。</translation>
    </message>
    <message>
        <source>Choose at least one customer.</source>
        <translation>请至少选择一位客户。</translation>
    </message>
    <message>
        <source>{customer}&apos;s assignments contradict each other (two maintainers at once, or overlapping dates): resolve that first.</source>
        <translation>{customer}的分配记录相互矛盾（同时有两位维护人，或日期重叠）：请先解决。</translation>
    </message>
    <message>
        <source>This assignment belongs to another customer&apos;s history.</source>
        <translation>此分配记录属于另一位客户。</translation>
    </message>
    <message>
        <source>This assignment begins before the one before it ended.</source>
        <translation>此分配开始于上一条分配结束之前。</translation>
    </message>
    <message>
        <source>This assignment ends before it began.</source>
        <translation>此分配的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>A later assignment follows, so this one must have ended: two maintainers at once.</source>
        <translation>其后还有分配记录，此条应已结束：同时出现两位维护人。</translation>
    </message>
    <message>
        <source>This entry is missing.</source>
        <translation>缺少此项。</translation>
    </message>
    <message>
        <source>Expected a group of entries here.</source>
        <translation>此处应为一组条目。</translation>
    </message>
    <message>
        <source>Expected a list here.</source>
        <translation>此处应为列表。</translation>
    </message>
    <message>
        <source>Unknown entry &quot;{key}&quot;.</source>
        <translation>未知条目“{key}”。</translation>
    </message>
    <message>
        <source>Enter a number here (&quot;{value}&quot; is not a number).</source>
        <translation>此处请填数字（“{value}”不是数字）。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>请填整数。</translation>
    </message>
    <message>
        <source>Enter a number from {low} to {high}.</source>
        <translation>请填 {low} 至 {high} 之间的数字。</translation>
    </message>
    <message>
        <source>A quota cannot be below zero.</source>
        <translation>名额不能小于零。</translation>
    </message>
    <message>
        <source>A post code is lower-case letters, digits and _ (such as lobby_manager), starting with a letter, at most {max} characters.</source>
        <translation>岗位代码由小写字母、数字和 _ 组成（如 lobby_manager），以字母开头，最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>Give the post&apos;s name.</source>
        <translation>请填写岗位名称。</translation>
    </message>
    <message>
        <source>A name has at most {max} characters.</source>
        <translation>名称最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>The post &quot;{code}&quot; is listed twice.</source>
        <translation>岗位“{code}”重复列出。</translation>
    </message>
    <message>
        <source>Two posts are named &quot;{name}&quot;.</source>
        <translation>有两个岗位都叫“{name}”。</translation>
    </message>
    <message>
        <source>List at least one post.</source>
        <translation>请至少列出一个岗位。</translation>
    </message>
    <message>
        <source>A quota for &quot;{code}&quot;, which is not in the list of posts.</source>
        <translation>“{code}”设置了名额，但它不在岗位列表中。</translation>
    </message>
    <message>
        <source>Unknown code &quot;{code}&quot;.</source>
        <translation>未知代码“{code}”。</translation>
    </message>
    <message>
        <source>&quot;{code}&quot; is not in the product catalogue.</source>
        <translation>“{code}”不在产品目录中。</translation>
    </message>
    <message>
        <source>&quot;{code}&quot; is listed twice.</source>
        <translation>“{code}”重复列出。</translation>
    </message>
    <message>
        <source>Give at least one condition: a segment or a lowest card level.</source>
        <translation>请至少给出一个条件：客户分层或最低卡等级。</translation>
    </message>
    <message>
        <source>These rules were written by a newer AgriCRM (schema {schema}); update AgriCRM to use them.</source>
        <translation>此规则由更新版本的 AgriCRM 编写（格式 {schema}）；请升级 AgriCRM 后再使用。</translation>
    </message>
    <message>
        <source>Unknown rules schema {schema}.</source>
        <translation>未知的规则格式 {schema}。</translation>
    </message>
    <message>
        <source>Eligible: {segment} (the named list takes {segments})</source>
        <translation>符合条件：{segment}（名单收录{segments}）</translation>
    </message>
    <message>
        <source>Eligible: {card}, at or above {level}</source>
        <translation>符合条件：{card}，达到{level}及以上</translation>
    </message>
    <message>
        <source>Not eligible by segment: {segment} (the named list takes {segments})</source>
        <translation>客户分层不符：{segment}（名单收录{segments}）</translation>
    </message>
    <message>
        <source>Not eligible by segment: not classified (the named list takes {segments})</source>
        <translation>客户分层不符：尚未分类（名单收录{segments}）</translation>
    </message>
    <message>
        <source>Not eligible by card: {card} is below {level}</source>
        <translation>卡等级不符：{card}低于{level}</translation>
    </message>
    <message>
        <source>Not eligible by card: no card level recorded ({level} or above needed)</source>
        <translation>卡等级不符：未记录卡等级（需{level}及以上）</translation>
    </message>
    <message>
        <source>No longer eligible for the named list: review the listing</source>
        <translation>已不再符合名单条件：请复核是否保留在名单中</translation>
    </message>
    <message>
        <source>Listed, but no longer among the classified customers (archived or deleted?): review the listing</source>
        <translation>在名单中，但已不在分类客户之列（已归档或删除？）：请复核是否保留在名单中</translation>
    </message>
    <message>
        <source>{count} listed customers: {short} below the quota of {quota} for {post}</source>
        <translation>名单客户 {count} 户：比{post}的名额 {quota} 户少 {short} 户</translation>
    </message>
    <message>
        <source>{count} listed customers: exactly the quota of {quota} for {post}</source>
        <translation>名单客户 {count} 户：正好达到{post}的名额 {quota} 户</translation>
    </message>
    <message>
        <source>{count} listed customers: {extra} above the quota of {quota} for {post}</source>
        <translation>名单客户 {count} 户：超出{post}的名额 {quota} 户 {extra} 户</translation>
    </message>
    <message>
        <source>{count} listed customers: the post &quot;{post}&quot; is not in the named-list rules, so it has no quota</source>
        <translation>名单客户 {count} 户：岗位“{post}”不在名单制管理规则中，没有名额</translation>
    </message>
    <message>
        <source>Offer {product}: a basic product every listed customer should hold</source>
        <translation>营销{product}：名单客户应持有的基础产品</translation>
    </message>
    <message>
        <source>The products held are not recorded: every basic product counts as missing</source>
        <translation>未记录持有产品：各项基础产品均按未持有计</translation>
    </message>
    <message>
        <source>Notice due on {date} (every {months} months since {since})</source>
        <translation>应于 {date} 告知（自 {since} 起每 {months} 个月一次）</translation>
    </message>
    <message>
        <source>Notice overdue by {days} days: due on {date} (every {months} months since {since})</source>
        <translation>告知已逾期 {days} 天：应于 {date} 告知（自 {since} 起每 {months} 个月一次）</translation>
    </message>
    <message>
        <source>Growth of customers at {level} or above in {period}: {start} → {end}, {actual} % (target {target} %, {yearly} % a year): met</source>
        <translation>{period}{level}及以上客户增长：{start} → {end}，{actual}%（目标 {target}%，每年 {yearly}%）：已达标</translation>
    </message>
    <message>
        <source>Growth of customers at {level} or above in {period}: {start} → {end}, {actual} % (target {target} %, {yearly} % a year): {short} percentage points short</source>
        <translation>{period}{level}及以上客户增长：{start} → {end}，{actual}%（目标 {target}%，每年 {yearly}%）：差 {short} 个百分点</translation>
    </message>
    <message>
        <source>Growth of customers at {level} or above in {period}: none at the start of the period, so no growth rate ({end} at the end)</source>
        <translation>{period}{level}及以上客户增长：期初为零，无法计算增长率（期末 {end} 户）</translation>
    </message>
    <message>
        <source>Customers at {level} or above: {count} of {customers}, {actual} % (target {target} %): met</source>
        <translation>{level}及以上客户：{customers} 户中 {count} 户，占 {actual}%（目标 {target}%）：已达标</translation>
    </message>
    <message>
        <source>Customers at {level} or above: {count} of {customers}, {actual} % (target {target} %): {short} percentage points short</source>
        <translation>{level}及以上客户：{customers} 户中 {count} 户，占 {actual}%（目标 {target}%）：差 {short} 个百分点</translation>
    </message>
    <message>
        <source>Customers at {level} or above: the branch has no customers, so no share</source>
        <translation>{level}及以上客户：本网点没有客户，无法计算占比</translation>
    </message>
    <message>
        <source>Customers at {level} or above per member of staff: {count} for {staff} staff, {actual} (target {target}): met</source>
        <translation>人均{level}及以上客户：{staff} 名员工共 {count} 户，人均 {actual} 户（目标 {target} 户）：已达标</translation>
    </message>
    <message>
        <source>Customers at {level} or above per member of staff: {count} for {staff} staff, {actual} (target {target}): {short} short</source>
        <translation>人均{level}及以上客户：{staff} 名员工共 {count} 户，人均 {actual} 户（目标 {target} 户）：差 {short} 户</translation>
    </message>
    <message>
        <source>Customers at {level} or above per member of staff: no staff counted, so no average</source>
        <translation>人均{level}及以上客户：未统计到员工，无法计算人均</translation>
    </message>
    <message>
        <source>There is no such member of staff.</source>
        <translation>没有这名员工。</translation>
    </message>
    <message>
        <source>There is no such customer.</source>
        <translation>没有这位客户。</translation>
    </message>
    <message>
        <source>The post &quot;{post}&quot; is not in the named-list rules: add it to the rules first.</source>
        <translation>岗位“{post}”不在名单制管理规则中：请先在规则中添加该岗位。</translation>
    </message>
    <message>
        <source>{customer}&apos;s file is archived: restore it before listing them.</source>
        <translation>{customer}的档案已归档：请先恢复档案再列入名单。</translation>
    </message>
    <message>
        <source>There is no such assignment.</source>
        <translation>没有这条维护指定记录。</translation>
    </message>
    <message>
        <source>{customer}&apos;s assignments do not contradict each other: reassign or delist instead, so the history is kept.</source>
        <translation>{customer}的维护指定记录并不矛盾：请改为调整维护人或移出名单，以保留历史记录。</translation>
    </message>
    <message>
        <source>Only a branch manager or the customer&apos;s maintainer can see this.</source>
        <translation>只有网点负责人或该客户的维护人可以查看。</translation>
    </message>
    <message>
        <source>The named-list rules in this package are unreadable</source>
        <translation>此同步包中的名单制管理规则无法读取</translation>
    </message>
</context>
<context>
    <name>Need</name>
    <message>
        <source>Funding</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Technical training</source>
        <translation>技术培训</translation>
    </message>
    <message>
        <source>Market information</source>
        <translation>市场信息</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>NeedsType</name>
    <message>
        <source>Product needs</source>
        <translation>产品型</translation>
    </message>
    <message>
        <source>Service needs</source>
        <translation>服务型</translation>
    </message>
    <message>
        <source>Comprehensive needs</source>
        <translation>综合型</translation>
    </message>
    <message>
        <source>No needs recorded</source>
        <translation>未记录需求</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Saved: %1&apos;s file</source>
        <translation>已保存：%1的档案</translation>
    </message>
    <message>
        <source>Saved: the visit to %1 on %2</source>
        <translation>已保存：%1 %2 的走访</translation>
    </message>
    <message>
        <source>Saved: complaint %1 (%2)</source>
        <translation>已保存：投诉 %1（%2）</translation>
    </message>
    <message>
        <source>Recorded: the greeting to %1</source>
        <translation>已记录：对%1的问候</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>Enter a number, e.g. 12.5.</source>
        <translation>请输入数字，例如 12.5。</translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>Give a period: a month (2026-07), a quarter (2026-Q3) or a year (2026).</source>
        <translation>请给出统计期间：月（2026-07）、季度（2026-Q3）或年（2026）。</translation>
    </message>
    <message>
        <source>{value} is not a period; use a month (2026-07), a quarter (2026-Q3) or a year (2026).</source>
        <translation>{value} 不是有效的统计期间，请使用月（2026-07）、季度（2026-Q3）或年（2026）。</translation>
    </message>
    <message>
        <source>The period {period} has not begun yet (today is {today}).</source>
        <translation>统计期间 {period} 尚未开始（今天是 {today}）。</translation>
    </message>
    <message>
        <source>{year}-{month:02d}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>{year}年第{quarter}季度</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>{year}年度</translation>
    </message>
</context>
<context>
    <name>PeriodKind</name>
    <message>
        <source>Month</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>A mobile number has 11 digits and starts with 13 to 19.</source>
        <translation>手机号码应为 11 位，以 13 至 19 开头。</translation>
    </message>
    <message>
        <source>A landline is its area code and number, such as 0531-88776655 (010 and 02x areas: three digits, the others four).</source>
        <translation>固定电话由区号和号码组成，如 0531-88776655（010 和 02x 地区区号三位，其余四位）。</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>This customer is assigned to another officer; ask your branch manager.</source>
        <translation>该客户由其他客户经理负责，请联系网点负责人。</translation>
    </message>
    <message>
        <source>Only a branch manager can assign customers to another officer.</source>
        <translation>只有网点负责人可以把客户分配给其他客户经理。</translation>
    </message>
    <message>
        <source>Only a branch manager can do this.</source>
        <translation>只有网点负责人可以执行此操作。</translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <source>A loan&apos;s outstanding balance cannot be below zero ({balance}).</source>
        <translation>贷款余额不能小于零（{balance}）。</translation>
    </message>
    <message>
        <source>Days overdue: days since the earliest unpaid instalment fell due, as of {date}.</source>
        <translation>逾期天数：截至 {date}，最早一期未还款项到期后的天数。</translation>
    </message>
    <message>
        <source>Buckets by days overdue: current, 1–30, 31–60, 61–90, over 90; a restructured loan with nothing overdue is shown as restructured, never as current. Shares are of the outstanding balance.</source>
        <translation>按逾期天数分档：未逾期、1–30 天、31–60 天、61–90 天、90 天以上；未逾期的重组贷款单列为重组，不列为未逾期。占比按贷款余额计算。</translation>
    </message>
    <message>
        <source>PAR30: outstanding balance of loans more than 30 days overdue plus all restructured loans, divided by the outstanding balance of all loans (by balance, not by number of loans).</source>
        <translation>PAR30（风险贷款率）：逾期 30 天以上的贷款余额加全部重组贷款余额，除以全部贷款余额（按余额计，不按笔数计）。</translation>
    </message>
    <message>
        <source>PAR30 {percent} %: {at_risk} of {total} yuan outstanding</source>
        <translation>PAR30 {percent}%：贷款余额 {total} 元中 {at_risk} 元</translation>
    </message>
    <message>
        <source>PAR30: no outstanding balance, so no ratio</source>
        <translation>PAR30：无贷款余额，无法计算</translation>
    </message>
    <message>
        <source>{bucket}: {loans} loans, {balance} yuan, {percent} % of the balance</source>
        <translation>{bucket}：{loans} 笔，{balance} 元，占余额 {percent}%</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 to be decided, %5 with problems.</source>
        <translation>新增 %1，更新 %2，未变 %3，待人工决定 %4，有问题 %5。</translation>
    </message>
    <message>
        <source>%1 cells were read otherwise than typed (see Notes; they refuse nothing).</source>
        <translation>%1 个单元格按转换后的值读取（见“说明”列；不会拒绝导入）。</translation>
    </message>
    <message>
        <source>Updated customers found by: %1.</source>
        <translation>更新的客户按以下规则找到：%1。</translation>
    </message>
    <message>
        <source>Family members: %1 new, %2 updated, %3 unchanged, %4 with problems (see Members).</source>
        <translation>家庭成员：新增 %1，更新 %2，未变 %3，有问题 %4（见“家庭成员”页）。</translation>
    </message>
    <message>
        <source>Nothing can be imported until these problems are corrected, in the Problems tab or in the file.</source>
        <translation>在“问题”页或文件中改正这些问题之前，无法导入。</translation>
    </message>
    <message>
        <source>Updated (by %1)</source>
        <translation>更新（按%1）</translation>
    </message>
    <message>
        <source>&amp;Members (%1)</source>
        <translation>家庭成员（%1）(&amp;M)</translation>
    </message>
    <message>
        <source>record number</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>file number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>name + village</source>
        <translation>姓名+村</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>To be decided</source>
        <translation>待决定</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Cell (edit to correct)</source>
        <translation>单元格内容（可直接修改）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>问题(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Problems (%1)</source>
        <translation>问题（%1）(&amp;P)</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Village in the register</source>
        <translation>登记表中的村</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>归入</translation>
    </message>
    <message>
        <source>%1, group %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Add to the village list</source>
        <translation>加入村列表</translation>
    </message>
    <message>
        <source>Leave it (a branch manager adds villages)</source>
        <translation>暂不处理（由网点负责人添加村）</translation>
    </message>
    <message>
        <source>Villa&amp;ges</source>
        <translation>村(&amp;G)</translation>
    </message>
    <message>
        <source>Villa&amp;ges (%1)</source>
        <translation>村（%1）(&amp;G)</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>Funding shortage</source>
        <translation>资金短缺</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术问题</translation>
    </message>
    <message>
        <source>Market access</source>
        <translation>销路问题</translation>
    </message>
    <message>
        <source>Natural disaster</source>
        <translation>自然灾害</translation>
    </message>
    <message>
        <source>Family difficulties</source>
        <translation>家庭困难</translation>
    </message>
</context>
<context>
    <name>Product</name>
    <message>
        <source>Personal online banking</source>
        <translation>个人网银</translation>
    </message>
    <message>
        <source>Mobile banking</source>
        <translation>手机银行</translation>
    </message>
    <message>
        <source>Huinong card</source>
        <translation>惠农卡</translation>
    </message>
    <message>
        <source>Wealth management</source>
        <translation>理财</translation>
    </message>
    <message>
        <source>Fund savings plan</source>
        <translation>基金定投</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Payroll service</source>
        <translation>代发工资</translation>
    </message>
    <message>
        <source>Social security card</source>
        <translation>社保卡</translation>
    </message>
</context>
<context>
    <name>ProductRules</name>
    <message>
        <source>A product code is lower-case letters, digits and _ (such as fund_plan), starting with a letter, at most {max} characters: rules and workbooks name the product by it.</source>
        <translation>产品代码由小写字母、数字和下划线组成（如 fund_plan），以字母开头，最多 {max} 个字符；规则和工作簿都用它指代产品。</translation>
    </message>
    <message>
        <source>Give the product&apos;s name.</source>
        <translation>请填写产品名称。</translation>
    </message>
    <message>
        <source>A name has at most {max} characters.</source>
        <translation>名称最多 {max} 个字。</translation>
    </message>
    <message>
        <source>This product is listed twice.</source>
        <translation>这个产品列了两次。</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>ProductionKind</name>
    <message>
        <source>Crop</source>
        <translation>种植</translation>
    </message>
    <message>
        <source>Livestock</source>
        <translation>畜牧</translation>
    </message>
    <message>
        <source>Aquaculture</source>
        <translation>水产</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <source>The catalogue has a product with the code {code}.</source>
        <translation>产品目录中已有代码为 {code} 的产品。</translation>
    </message>
    <message>
        <source>The product does not exist.</source>
        <translation>该产品不存在。</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <source>The products the branch offers. Officers tick those a customer holds on the file&apos;s credit tab; a product no longer offered is retired, never deleted, so the files that hold it keep it.</source>
        <translation>本网点提供的产品。客户经理在客户档案的“信用与贷款”页勾选客户持有的产品；不再提供的产品只停用、不删除，持有它的档案仍保留。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name, e.g. 绿色贷款</source>
        <translation>名称，如 绿色贷款</translation>
    </message>
    <message>
        <source>Code, e.g. green_loan</source>
        <translation>代码，如 green_loan</translation>
    </message>
    <message>
        <source>Add &amp;product</source>
        <translation>添加产品(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;tire or bring back</source>
        <translation>停用/恢复(&amp;T)</translation>
    </message>
    <message>
        <source>Add the &amp;usual products</source>
        <translation>添加常用产品(&amp;U)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品目录</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>提供中</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，数据未作任何改动。</translation>
    </message>
</context>
<context>
    <name>QuotaStatus</name>
    <message>
        <source>Below quota</source>
        <translation>未达名额</translation>
    </message>
    <message>
        <source>At quota</source>
        <translation>达到名额</translation>
    </message>
    <message>
        <source>Above quota</source>
        <translation>超出名额</translation>
    </message>
    <message>
        <source>Post not in the rules</source>
        <translation>岗位不在规则中</translation>
    </message>
</context>
<context>
    <name>RecordSeries</name>
    <message>
        <source>A series is {length} capital letters from {letters} (no I or O, which read as 1 and 0).</source>
        <translation>编号系列为 {length} 个大写字母，取自 {letters}（不用 I 和 O，以免与 1 和 0 混淆）。</translation>
    </message>
</context>
<context>
    <name>RegisterWizard</name>
    <message>
        <source>Import a list</source>
        <translation>导入名单</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A register of the branch: an Excel or WPS workbook (.xlsx, .xlsm, .xls), an OpenDocument sheet (.ods) or a CSV list.</source>
        <translation>网点自己的名单：Excel 或 WPS 工作簿（.xlsx、.xlsm、.xls）、OpenDocument 表格（.ods）或 CSV 列表。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>The sheet and its heading row</source>
        <translation>工作表与表头行</translation>
    </message>
    <message>
        <source>Rows above the heading row (titles, who filled it in) are left out. Click a row to make it the heading row.</source>
        <translation>表头行以上的行（标题、填表人等）不导入。点击某一行即可把它设为表头行。</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>工作表(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Heading row</source>
        <translation>表头行(&amp;H)</translation>
    </message>
    <message>
        <source>Family &amp;members on the sheet</source>
        <translation>家庭成员所在工作表(&amp;M)</translation>
    </message>
    <message>
        <source>Its heading ro&amp;w</source>
        <translation>其表头行(&amp;W)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Each column fills a customer field, is kept in the customer&apos;s notes, or is ignored. Every column must be decided.</source>
        <translation>每一列填入一个客户字段、记入客户备注，或者忽略。每一列都必须有去处。</translation>
    </message>
    <message>
        <source>Saved &amp;mapping</source>
        <translation>已保存的对应关系(&amp;M)</translation>
    </message>
    <message>
        <source>Sa&amp;ve this mapping as…</source>
        <translation>将此对应关系另存为(&amp;V)…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>What importing would do with each row. Nothing changes until you press Import.</source>
        <translation>导入将对每一行做什么。按“导入”之前不会有任何改动。</translation>
    </message>
    <message>
        <source>Ro&amp;ws</source>
        <translation>各行(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>家庭成员(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>问题(&amp;P)</translation>
    </message>
    <message>
        <source>Correct a cell here and check again; the file itself is not changed. What stays wrong is listed in the problem workbook.</source>
        <translation>在此修改单元格后点“重新检查”；原文件不会被修改。仍有问题的内容会列在问题报告中。</translation>
    </message>
    <message>
        <source>Villa&amp;ges</source>
        <translation>村(&amp;G)</translation>
    </message>
    <message>
        <source>Villages of the register that are not in the branch&apos;s list. Choose for each whether a branch manager adds it to the list or which listed village it means, then check again.</source>
        <translation>登记表中不在本网点村列表里的村。请逐个选择：由网点负责人加入村列表，或归入列表中已有的某个村；然后重新检查。</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>重新检查(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Choose a register</source>
        <translation>选择名单</translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</source>
        <translation>名单 (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1（%2 行）</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1（隐藏）</translation>
    </message>
    <message>
        <source>Proposed from the headings</source>
        <translation>按表头推荐</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>填入</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Keep in the notes</source>
        <translation>记入备注</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>%1 are all mapped to %2; map all but one elsewhere or ignore them.</source>
        <translation>%1 都对应到了%2；只保留其中一列，其余改对应其他字段或忽略。</translation>
    </message>
    <message>
        <source>Choose what these columns fill, or ignore them: %1.</source>
        <translation>请为这些列选择要填入的字段，或者忽略：%1。</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>保存对应关系</translation>
    </message>
    <message>
        <source>Name (for example the source&apos;s name):</source>
        <translation>名称（例如名单的来源）：</translation>
    </message>
    <message>
        <source>Mapping saved as %1.</source>
        <translation>对应关系已保存为“%1”。</translation>
    </message>
    <message>
        <source>this import</source>
        <translation>本次导入</translation>
    </message>
    <message>
        <source>The problems are listed in %1</source>
        <translation>问题已列在 %1</translation>
    </message>
    <message>
        <source>Reading the rows…</source>
        <translation>正在读取各行…</translation>
    </message>
    <message>
        <source>The notes are listed in %1</source>
        <translation>全部说明列在 %1</translation>
    </message>
    <message>
        <source>Nothing was imported. The problems are listed in %1</source>
        <translation>未导入任何数据。问题已列在 %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>已取消，未导入任何数据。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>%1 customers created and %2 updated from %3.</source>
        <translation>已从 %3 新建 %1 位客户，更新 %2 位。</translation>
    </message>
    <message>
        <source>%1 family members added and %2 updated.</source>
        <translation>新增家庭成员 %1 位，更新 %2 位。</translation>
    </message>
    <message>
        <source>%1 rows wait for a decision in the Conflicts screen.</source>
        <translation>%1 行在“冲突”界面等待决定。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入完成</translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <source>The columns {first} and {second} are both mapped to {field}; map one of them to another field or ignore it.</source>
        <translation>列 {first} 和列 {second} 都对应到 {field}；请把其中一列对应到别的字段或忽略它。</translation>
    </message>
    <message>
        <source>The mapping {mapping} no longer fits {path}: it maps the column {heading}, which the sheet {sheet} does not have.</source>
        <translation>列对应 {mapping} 已不适用于 {path}：它对应了列 {heading}，而工作表 {sheet} 中没有这一列。</translation>
    </message>
    <message>
        <source>The mapping {mapping} maps {heading} to {field}, which is no field of this sheet.</source>
        <translation>列对应 {mapping} 把 {heading} 对应到 {field}，但这张表没有这个字段。</translation>
    </message>
    <message>
        <source>There is no saved mapping called {name} (saved: {names}).</source>
        <translation>没有名为 {name} 的已保存列对应（已保存：{names}）。</translation>
    </message>
    <message>
        <source>{path} is not a column mapping: {reason}</source>
        <translation>{path} 不是列对应文件：{reason}</translation>
    </message>
    <message>
        <source>A mapping&apos;s name cannot be empty or hold / \ : * ? &quot; &lt; &gt; |: {name}</source>
        <translation>列对应的名称不能为空，也不能包含 / \ : * ? &quot; &lt; &gt; |：{name}</translation>
    </message>
    <message>
        <source>{path} has no sheet {sheet}; its sheets: {sheets}.</source>
        <translation>{path} 中没有工作表 {sheet}；其工作表有：{sheets}。</translation>
    </message>
    <message>
        <source>No heading row found in sheet {sheet} of {path}: none of its first {rows} rows has two headings AgriCRM knows (such as 姓名, 身份证号码, 村). Give the number of the heading row.</source>
        <translation>在 {path} 的工作表 {sheet} 中找不到标题行：前 {rows} 行中没有一行包含两个 AgriCRM 认识的列标题（如 姓名、身份证号码、村）。请指定标题行的行号。</translation>
    </message>
    <message>
        <source>No sheet of {path} has a heading row AgriCRM knows (such as 姓名, 身份证号码, 村) in its first {rows} rows; its sheets: {sheets}. Name the sheet and its heading row.</source>
        <translation>{path} 的任何工作表前 {rows} 行中都没有 AgriCRM 认识的标题行（如 姓名、身份证号码、村）；其工作表有：{sheets}。请指定工作表和标题行。</translation>
    </message>
    <message>
        <source>Row {row} of sheet {sheet} holds no headings; it cannot be the heading row.</source>
        <translation>工作表 {sheet} 的第 {row} 行没有列标题，不能作为标题行。</translation>
    </message>
    <message>
        <source>{path} cannot be read: there is no such file.</source>
        <translation>无法读取 {path}：没有这个文件。</translation>
    </message>
    <message>
        <source>{path} is protected by a password; open it in Excel or WPS and save it without one.</source>
        <translation>{path} 设有密码保护；请在 Excel 或 WPS 中打开并另存为不带密码的文件。</translation>
    </message>
    <message>
        <source>{path} cannot be read as a workbook (.xlsx, .xlsm, .xls, .ods) or a CSV list: it is damaged or of another kind.</source>
        <translation>{path} 无法作为工作簿（.xlsx、.xlsm、.xls、.ods）或 CSV 列表读取：文件已损坏或不是表格文件。</translation>
    </message>
    <message>
        <source>{count} column(s) of {path} are mapped to no field: {headings}. Map each to a field or ignore it; nothing was imported.</source>
        <translation>{path} 中有 {count} 列没有对应到任何字段：{headings}。请把每一列对应到字段或忽略它；未导入任何数据。</translation>
    </message>
    <message>
        <source>The sheet {sheet} holds the households&apos; heads; choose another sheet for their members.</source>
        <translation>工作表 {sheet} 是户主表，请为家庭成员另选一张工作表。</translation>
    </message>
    <message>
        <source>{village} ({township}) is not in the branch&apos;s village list; a branch manager adds the register&apos;s villages in the preview (Villages) or with --add-villages, or send it to a listed village.</source>
        <translation>“{village}”（{township}）不在本网点的村列表中：可由网点负责人在预览的“村”页或用 --add-villages 添加，或归入列表中已有的村。</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Child&apos;s spouse</source>
        <translation>儿媳/女婿</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>孙子女</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>祖父母</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Growing</source>
        <translation>成长客户</translation>
    </message>
    <message>
        <source>Long-standing</source>
        <translation>长期客户</translation>
    </message>
</context>
<context>
    <name>RelationshipRules</name>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The date cannot be before {date}.</source>
        <translation>日期不能早于 {date}。</translation>
    </message>
    <message>
        <source>Give the day the deposits were read, so they are not taken as today&apos;s.</source>
        <translation>请填写存款数据的日期，以免被当作今天的数据。</translation>
    </message>
    <message>
        <source>A reading day without a deposit figure says nothing; clear it.</source>
        <translation>没有存款金额，数据日期没有意义，请清空。</translation>
    </message>
</context>
<context>
    <name>ReplyMethod</name>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>书面</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Periodic summary…</source>
        <translation>定期汇总报告(&amp;P)…</translation>
    </message>
    <message>
        <source>Preparing the periodic summary…</source>
        <translation>正在生成定期汇总报告…</translation>
    </message>
    <message>
        <source>Preparing the customer profile sheet…</source>
        <translation>正在生成客户信息档案表…</translation>
    </message>
    <message>
        <source>&amp;Village day sheet…</source>
        <translation>村走访清单(&amp;V)…</translation>
    </message>
    <message>
        <source>Preparing the visit report…</source>
        <translation>正在生成走访报告…</translation>
    </message>
    <message>
        <source>Preparing {count} visit reports…</source>
        <translation>正在生成 {count} 份走访报告…</translation>
    </message>
    <message>
        <source>Preparing the village day sheet…</source>
        <translation>正在生成村走访清单…</translation>
    </message>
    <message>
        <source>Preparing the complaint handling form…</source>
        <translation>正在生成投诉处理单…</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>No bundled font has the characters %1; they are printed as 〓 followed by their code, so they can be written in by hand.</source>
        <translation>随附字体中没有字符 %1，打印时以“〓”加编码代替，请在打印件上手工补写。</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印 %1</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>报表另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Business mode</source>
        <translation>经营模式</translation>
    </message>
    <message>
        <source>Cultivated land (mu)</source>
        <translation>耕地面积（亩）</translation>
    </message>
    <message>
        <source>Credit grade</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>No loans recorded.</source>
        <translation>无贷款记录。</translation>
    </message>
    <message>
        <source>{count} with a balance, {balance} yuan in all ({classes}); next due {due}</source>
        <translation>{count} 笔有余额，合计 {balance} 元（{classes}）；最近到期 {due}</translation>
    </message>
    <message>
        <source>{count} recorded, all repaid</source>
        <translation>共 {count} 笔，均已结清</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Customer profile sheet</source>
        <translation>客户信息档案表</translation>
    </message>
    <message>
        <source>Customer profile sheet · {name}</source>
        <translation>客户信息档案表 · {name}</translation>
    </message>
    <message>
        <source>This file was archived on {date}; it is printed as it was kept.</source>
        <translation>本档案已于 {date} 归档，按归档时内容打印。</translation>
    </message>
    <message>
        <source>Complaint handling form</source>
        <translation>投诉处理单</translation>
    </message>
    <message>
        <source>Complaint handling form · {number} · {name}</source>
        <translation>投诉处理单 · {number} · {name}</translation>
    </message>
    <message>
        <source>No. {number} · {status} · received {received} · answer due {due}</source>
        <translation>编号 {number} · {status} · 受理于 {received} · 答复期限 {due}</translation>
    </message>
    <message>
        <source>The customer has not been answered and the deadline ({due}) has passed.</source>
        <translation>已超过答复期限（{due}），尚未答复客户。</translation>
    </message>
    <message>
        <source>The customer was answered after the deadline ({due}).</source>
        <translation>答复客户晚于答复期限（{due}）。</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Customer file</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>Not a customer on file (caller)</source>
        <translation>未建档（来电人）</translation>
    </message>
    <message>
        <source>On file with another officer</source>
        <translation>其他客户经理名下客户</translation>
    </message>
    <message>
        <source>Called in as {name}, {phone}.</source>
        <translation>来电人：{name}，{phone}。</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Complaint no.</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Handling officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新处理</translation>
    </message>
    <message>
        <source>{count} time(s)</source>
        <translation>{count} 次</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>{days} day(s) overdue</source>
        <translation>已逾期 {days} 天</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>{days} day(s) left</source>
        <translation>剩余 {days} 天</translation>
    </message>
    <message>
        <source>answered on time</source>
        <translation>按时答复</translation>
    </message>
    <message>
        <source>answered late</source>
        <translation>逾期答复</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>责任归属</translation>
    </message>
    <message>
        <source>Investigation findings</source>
        <translation>调查情况</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Compensation (yuan)</source>
        <translation>补偿金额（元）</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>答复客户</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>答复方式</translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation>答复时间</translation>
    </message>
    <message>
        <source>Told the customer</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <source>Time to close</source>
        <translation>处理时长</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>尚未记录。</translation>
    </message>
    <message>
        <source>Handling history</source>
        <translation>处理过程</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Recorded at this step</source>
        <translation>本环节记录</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>ID and mobile numbers are masked on printouts; the full numbers are in the customer file.</source>
        <translation>打印件中的身份证号和手机号已脱敏，完整号码见系统内客户档案。</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <source>Province / city / county</source>
        <translation>省 / 市 / 县</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <source>File no. {number} · status {status} · officer {officer} · updated {updated}</source>
        <translation>档案编号 {number} · 状态：{status} · 客户经理：{officer} · 更新于 {updated}</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>File created</source>
        <translation>建档时间</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Household code</source>
        <translation>户码</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>No household members recorded.</source>
        <translation>未登记家庭成员。</translation>
    </message>
    <message>
        <source>Production and operation</source>
        <translation>生产经营</translation>
    </message>
    <message>
        <source>Household annual income (yuan)</source>
        <translation>家庭年收入（元）</translation>
    </message>
    <message>
        <source>Technology and skills</source>
        <translation>技术情况</translation>
    </message>
    <message>
        <source>Production items</source>
        <translation>生产项目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>生产周期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Credit and loans</source>
        <translation>信用与贷款</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>信用说明</translation>
    </message>
    <message>
        <source>Card level</source>
        <translation>卡等级</translation>
    </message>
    <message>
        <source>Cooperating since</source>
        <translation>合作起始日期</translation>
    </message>
    <message>
        <source>Deposits (yuan)</source>
        <translation>存款余额（元）</translation>
    </message>
    <message>
        <source>Average daily deposits (yuan)</source>
        <translation>日均存款（元）</translation>
    </message>
    <message>
        <source>Deposits as of</source>
        <translation>存款数据日期</translation>
    </message>
    <message>
        <source>Products held</source>
        <translation>持有产品</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>贷款机构</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>贷款产品</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Balance (yuan)</source>
        <translation>余额（元）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>五级分类</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>担保方式</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉记录</translation>
    </message>
    <message>
        <source>No complaint recorded.</source>
        <translation>没有投诉记录。</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Days to close</source>
        <translation>处理天数</translation>
    </message>
    <message>
        <source>{date} (late)</source>
        <translation>{date}（逾期）</translation>
    </message>
    <message>
        <source>Complaints by category and status</source>
        <translation>投诉分类与处理状态</translation>
    </message>
    <message>
        <source>No complaint was received in this period.</source>
        <translation>本期没有受理投诉。</translation>
    </message>
    <message>
        <source>Received in the period</source>
        <translation>本期受理</translation>
    </message>
    <message>
        <source>Average days to close</source>
        <translation>平均处理天数</translation>
    </message>
    <message>
        <source>90th percentile days to close</source>
        <translation>90% 分位处理天数</translation>
    </message>
    <message>
        <source>Compensation paid (yuan)</source>
        <translation>补偿金额合计（元）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Complaints received and closed by category</source>
        <translation>各类投诉受理与结案</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>按月统计</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Complaints: those received from {first} to {last}{scope}, with their status as at {as_of}. Time to close runs from receipt to the (last) closing, reopenings included; the 90th percentile is the nearest rank. Overdue: answered after the deadline, or still unanswered once it passed.</source>
        <translation>投诉口径：{first} 至 {last} 受理的投诉{scope}，按 {as_of} 的状态统计。处理时长自受理至（最后一次）结案，含重新处理；90% 分位按最近秩计算。逾期指答复晚于期限，或超过期限仍未答复。</translation>
    </message>
    <message>
        <source> that {officer} handles or that concern {officer}&apos;s customers</source>
        <translation>（限 {officer} 经办或涉及其名下客户的投诉）</translation>
    </message>
    <message>
        <source>No production items recorded.</source>
        <translation>无生产项目记录。</translation>
    </message>
    <message>
        <source>Needs and notes</source>
        <translation>需求与备注</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Needs in detail</source>
        <translation>需求说明</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>状态变更记录</translation>
    </message>
    <message>
        <source>Customer classes</source>
        <translation>客户分类</translation>
    </message>
    <message>
        <source>Customer classes (rules version {version})</source>
        <translation>客户分类（规则第 {version} 版）</translation>
    </message>
    <message>
        <source>Archived files are not classified.</source>
        <translation>已归档的档案不参与分类。</translation>
    </message>
    <message>
        <source>Class changes</source>
        <translation>分类变化</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Rules version</source>
        <translation>规则版本</translation>
    </message>
    <message>
        <source>Service strategy</source>
        <translation>服务策略</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>File created as {status}</source>
        <translation>建档（{status}）</translation>
    </message>
    <message>
        <source>Loan officer</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>复核人</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 / 共 {pages} 页</translation>
    </message>
    <message>
        <source>Printed {time}</source>
        <translation>打印时间：{time}</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>打印人：{name}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name ending in .pdf.</source>
        <translation>{path} 是文件夹，请给出以 .pdf 结尾的文件名。</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有写入权限</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>没有可打印的内容。</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>无记录。</translation>
    </message>
    <message>
        <source>{role} (signature):</source>
        <translation>{role}（签字）：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>年</translation>
    </message>
    <message>
        <source>M</source>
        <translation>月</translation>
    </message>
    <message>
        <source>D</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Periodic summary</source>
        <translation>定期汇总报告</translation>
    </message>
    <message>
        <source>Periodic summary · {period}</source>
        <translation>定期汇总报告 · {period}</translation>
    </message>
    <message>
        <source>Periodic summary · {period} · whole branch</source>
        <translation>定期汇总报告 · {period} · 全网点</translation>
    </message>
    <message>
        <source>Periodic summary · {period} · officer {officer}</source>
        <translation>定期汇总报告 · {period} · 客户经理 {officer}</translation>
    </message>
    <message>
        <source>{first} to {last} · {who} · stock figures as at {as_of}</source>
        <translation>统计期间 {first} 至 {last} · {who} · 存量数据截至 {as_of}</translation>
    </message>
    <message>
        <source>whole branch</source>
        <translation>全网点</translation>
    </message>
    <message>
        <source>customers of officer {officer}</source>
        <translation>客户经理 {officer} 名下客户</translation>
    </message>
    <message>
        <source>The period is still running; figures are as at {as_of}.</source>
        <translation>统计期间尚未结束，数据截至 {as_of}。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Customers on file</source>
        <translation>在册客户数</translation>
    </message>
    <message>
        <source>of which active</source>
        <translation>其中正式客户</translation>
    </message>
    <message>
        <source>New files in the period</source>
        <translation>本期新建档</translation>
    </message>
    <message>
        <source>Admitted in the period</source>
        <translation>本期准入</translation>
    </message>
    <message>
        <source>Cooperation ended in the period</source>
        <translation>本期停止合作</translation>
    </message>
    <message>
        <source>Borrowers with a balance</source>
        <translation>有余额贷款户数</translation>
    </message>
    <message>
        <source>Loans outstanding</source>
        <translation>贷款笔数（有余额）</translation>
    </message>
    <message>
        <source>Loan balance (yuan)</source>
        <translation>贷款余额（元）</translation>
    </message>
    <message>
        <source>Non-performing balance (yuan)</source>
        <translation>不良贷款余额（元）</translation>
    </message>
    <message>
        <source>Non-performing ratio</source>
        <translation>不良贷款率</translation>
    </message>
    <message>
        <source>Loans granted in the period</source>
        <translation>本期发放笔数</translation>
    </message>
    <message>
        <source>Amount granted (yuan)</source>
        <translation>本期发放金额（元）</translation>
    </message>
    <message>
        <source>No customer was on file by the end of this period, so every figure is zero.</source>
        <translation>本期末尚无在册客户，各项数据均为零。</translation>
    </message>
    <message>
        <source>Customers by class</source>
        <translation>客户分类</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Customers and loans by officer</source>
        <translation>按客户经理统计</translation>
    </message>
    <message>
        <source>(no officer)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正式客户</translation>
    </message>
    <message>
        <source>Borrowers</source>
        <translation>贷款户数</translation>
    </message>
    <message>
        <source>Loans by five-category classification</source>
        <translation>贷款五级分类</translation>
    </message>
    <message>
        <source>Balance by classification (10,000 yuan)</source>
        <translation>各类贷款余额（万元）</translation>
    </message>
    <message>
        <source>Definitions: customers on file are those filed by the end of the period and not archived by then; their admission status is taken from the status history, their business mode and credit grade as the file holds them now. Loans outstanding are loans started by the end of the period with a balance, at their current balance and classification. Non-performing: substandard, doubtful and loss.</source>
        <translation>统计口径：在册客户指期末前已建档且期末未归档的客户；准入状态取自状态变更记录，经营模式和信用等级为档案当前值。有余额贷款指期末前发放且尚有余额的贷款，按当前余额和五级分类统计。不良贷款指次级、可疑和损失类。</translation>
    </message>
    <message>
        <source>{value} is neither a file number (KH-…) nor a customer&apos;s UUID (3f2b8c1e-…).</source>
        <translation>{value} 不是客户编号：应为档案编号（KH-…）或客户的 UUID（3f2b8c1e-…）。</translation>
    </message>
    <message>
        <source>More than one customer is numbered {value}; give their UUID instead ({uuids}).</source>
        <translation>档案编号 {value} 对应不止一位客户，请改用 UUID（{uuids}）。</translation>
    </message>
    <message>
        <source>{value} is neither a visit number (ZF…) nor a visit&apos;s UUID (3f2b8c1e-…).</source>
        <translation>{value} 不是走访编号：应为走访编号（ZF…）或走访记录的 UUID（3f2b8c1e-…）。</translation>
    </message>
    <message>
        <source>More than one visit is numbered {value}; give its UUID instead ({uuids}).</source>
        <translation>走访编号 {value} 对应不止一条走访记录，请改用 UUID（{uuids}）。</translation>
    </message>
    <message>
        <source>There is no visit numbered {value}.</source>
        <translation>不存在编号为 {value} 的走访记录。</translation>
    </message>
    <message>
        <source>No visit matches ({what}); there is nothing to print.</source>
        <translation>没有符合条件的走访（{what}），无可打印内容。</translation>
    </message>
    <message>
        <source>{status} visits from {first} to {last}</source>
        <translation>{first} 至 {last} 状态为“{status}”的走访</translation>
    </message>
    <message>
        <source>{status} visits of {officer} from {first} to {last}</source>
        <translation>{officer} 在 {first} 至 {last} 状态为“{status}”的走访</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>the chosen visits were deleted</source>
        <translation>所选走访已被删除</translation>
    </message>
    <message>
        <source>{count} visits match; one batch prints at most {limit}. Choose a shorter period or one officer.</source>
        <translation>共有 {count} 次走访符合条件，一次批量最多打印 {limit} 份。请缩短期间或选择一位客户经理。</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it starts ({first}).</source>
        <translation>结束日期（{last}）早于开始日期（{first}）。</translation>
    </message>
    <message>
        <source>An officer can print the visits of their own customers only.</source>
        <translation>客户经理只能打印自己名下客户的走访。</translation>
    </message>
    <message>
        <source>{value} is neither a complaint number (TS…) nor a complaint&apos;s UUID (3f2b8c1e-…).</source>
        <translation>{value} 既不是投诉编号（TS…），也不是投诉的 UUID（3f2b8c1e-…）。</translation>
    </message>
    <message>
        <source>There is no complaint numbered {value}.</source>
        <translation>不存在编号为 {value} 的投诉。</translation>
    </message>
    <message>
        <source>More than one complaint is numbered {value}; give its UUID instead ({uuids}).</source>
        <translation>编号为 {value} 的投诉不止一件，请改用 UUID（{uuids}）。</translation>
    </message>
    <message>
        <source>Village day sheet</source>
        <translation>村走访清单</translation>
    </message>
    <message>
        <source>Village day sheet · {place} · {date}</source>
        <translation>村走访清单 · {place} · {date}</translation>
    </message>
    <message>
        <source>{place} · {date} · {count} customer(s) to visit</source>
        <translation>{place} · {date} · 待走访客户 {count} 户</translation>
    </message>
    <message>
        <source>{overdue} overdue, {due} due on the day, {planned} with a visit planned that day; {follow_ups} open follow-up action(s).</source>
        <translation>逾期 {overdue} 户，当天到期 {due} 户，当天已计划走访 {planned} 户；未完成的后续事项 {follow_ups} 项。</translation>
    </message>
    <message>
        <source>Most overdue first. Tick the outcome and the follow-ups done, write what you found on the lines, and enter the visits in AgriCRM when you are back.</source>
        <translation>按逾期天数从多到少排列。请勾选走访结果和已办事项，在横线上记录所见情况，回来后录入系统。</translation>
    </message>
    <message>
        <source>No customer of this village is due or overdue for a visit on this day, and no visit is planned for it.</source>
        <translation>该村当天没有到期或逾期应走访的客户，也没有计划走访。</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>应走访 {date}</translation>
    </message>
    <message>
        <source>Due {date}, {days} day(s) overdue</source>
        <translation>应走访 {date}，逾期 {days} 天</translation>
    </message>
    <message>
        <source>Due {date} (visit planned for the day)</source>
        <translation>应走访 {date}（当天已计划走访）</translation>
    </message>
    <message>
        <source>Visit planned for the day</source>
        <translation>当天已计划走访</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>Reason: visit planned for the day</source>
        <translation>原因：当天已计划走访</translation>
    </message>
    <message>
        <source>Last visit {date} · officer {officer}</source>
        <translation>上次走访 {date} · 客户经理 {officer}</translation>
    </message>
    <message>
        <source>Never visited · officer {officer}</source>
        <translation>从未走访 · 客户经理 {officer}</translation>
    </message>
    <message>
        <source>□ To do: {text} (due {date})</source>
        <translation>□ 待办：{text}（{date} 到期）</translation>
    </message>
    <message>
        <source>□ Visited    □ Not met    □ Moved to ____ / ____    Satisfaction ____ / 5</source>
        <translation>□ 已走访&#x3000;&#x3000;□ 未见到客户&#x3000;&#x3000;□ 改约 ____月____日&#x3000;&#x3000;满意度 ____ 分（满分 5 分）</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <source>Other customers met (name, what was found)</source>
        <translation>其他走访客户（姓名、情况）</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>走访报告</translation>
    </message>
    <message>
        <source>Visit report · {name} · {date}</source>
        <translation>走访报告 · {name} · {date}</translation>
    </message>
    <message>
        <source>Visit reports · {first} to {last} · {count}</source>
        <translation>走访报告 · {first} 至 {last} · 共 {count} 份</translation>
    </message>
    <message>
        <source>This visit is planned for {date} and not yet recorded: write the findings on the lines below and enter them in AgriCRM afterwards.</source>
        <translation>本次走访计划于 {date} 进行，尚未记录结果：请在下方横线处填写走访情况，事后录入系统。</translation>
    </message>
    <message>
        <source>This visit did not take place ({status}).</source>
        <translation>本次走访未进行（{status}）。</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>走访情况</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>走访类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>走访时间</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>走访方式</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>原计划日期</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <source>Visit no. {number} · {type} · {date}</source>
        <translation>走访编号 {number} · {type} · {date}</translation>
    </message>
    <message>
        <source>{score} of 5</source>
        <translation>{score} 分（满分 5 分）</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>下次走访</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>走访目的</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>走访发现</translation>
    </message>
    <message>
        <source>Production condition</source>
        <translation>生产经营情况</translation>
    </message>
    <message>
        <source>Problems met</source>
        <translation>遇到的问题</translation>
    </message>
    <message>
        <source>Needs and services</source>
        <translation>需求与服务</translation>
    </message>
    <message>
        <source>Needs identified</source>
        <translation>识别的需求</translation>
    </message>
    <message>
        <source>Services offered</source>
        <translation>提供的服务</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>{count} file(s): {names}</source>
        <translation>共 {count} 份：{names}</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>后续行动</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>done {date}</source>
        <translation>已完成 {date}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>No follow-up actions.</source>
        <translation>无后续行动。</translation>
    </message>
    <message>
        <source>Last visits</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <source>{count} visit(s) recorded up to {today}; the last {shown} are listed.</source>
        <translation>截至 {today} 共有 {count} 次走访记录，列出最近 {shown} 次。</translation>
    </message>
    <message>
        <source>No visit recorded up to {today}.</source>
        <translation>截至 {today} 没有走访记录。</translation>
    </message>
    <message>
        <source>Next visit due {date} ({reason}).</source>
        <translation>下次应走访日期 {date}（{reason}）。</translation>
    </message>
    <message>
        <source>Planned: {date} {type} ({officer})</source>
        <translation>已计划：{date} {type}（{officer}）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Purpose and findings</source>
        <translation>目的与发现</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Visits planned against done</source>
        <translation>走访计划完成情况</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Done as planned</source>
        <translation>按计划完成</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未成行</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>尚未办理</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Visits done</source>
        <translation>完成走访</translation>
    </message>
    <message>
        <source>of which unplanned</source>
        <translation>其中计划外</translation>
    </message>
    <message>
        <source>Visits planned and done by officer</source>
        <translation>各客户经理走访计划与完成</translation>
    </message>
    <message>
        <source>Visits planned and done by month</source>
        <translation>各月走访计划与完成</translation>
    </message>
    <message>
        <source>All visits done</source>
        <translation>全部完成走访</translation>
    </message>
    <message>
        <source>Visits done by type</source>
        <translation>按类型统计的完成走访</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访次数</translation>
    </message>
    <message>
        <source>No visit was planned for or done in this period.</source>
        <translation>本期没有计划或完成的走访。</translation>
    </message>
    <message>
        <source>Visits: a visit counts as planned in the period when the day it was planned for falls in the period (up to {as_of}), whenever it then took place; it is done, missed, cancelled or still open (planned, its day passed). Completion = done as planned ÷ planned. Visits done are all visits that took place in the period, planned or not; unplanned ones were recorded without a plan. Visits count for the officer who made or was to make them.</source>
        <translation>走访口径：原计划日期在本期内（截至 {as_of}）的走访计为本期计划，无论实际何时进行；其结果分为完成、未成行、已取消和尚未办理（仍为计划状态且日期已过）。完成率 = 按计划完成 ÷ 计划。完成走访指本期内实际进行的全部走访，含计划外走访（未经计划直接记录）。走访计入实施（或计划实施）走访的客户经理。</translation>
    </message>
    <message>
        <source>Customers overdue for a visit (as at {date})</source>
        <translation>走访逾期客户（截至 {date}）</translation>
    </message>
    <message>
        <source>Customers with a visit schedule</source>
        <translation>纳入走访计划客户</translation>
    </message>
    <message>
        <source>Overdue for a visit</source>
        <translation>走访逾期客户</translation>
    </message>
    <message>
        <source>Overdue share</source>
        <translation>逾期占比</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>{low}–{high} days</source>
        <translation>{low}–{high} 天</translation>
    </message>
    <message>
        <source>over {low} days</source>
        <translation>{low} 天以上</translation>
    </message>
    <message>
        <source>Overdue customers by days overdue</source>
        <translation>按逾期天数统计的客户</translation>
    </message>
    <message>
        <source>Reason due</source>
        <translation>应走访原因</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The most overdue customers</source>
        <translation>逾期最久的客户</translation>
    </message>
    <message>
        <source>Visit due</source>
        <translation>应走访日期</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走访</translation>
    </message>
    <message>
        <source>No customer is overdue for a visit.</source>
        <translation>没有走访逾期的客户。</translation>
    </message>
    <message>
        <source>Overdue visits: a customer is overdue when the next visit due under the branch&apos;s visit rules (by customer class, the officer&apos;s next-visit date, post-loan checks and overdue loans) lies before {as_of}, the day this summary was printed; the schedule keeps no history, so these figures are as at printing whatever the period. Customers are counted for their officer; archived customers have no schedule.</source>
        <translation>逾期口径：按本网点走访规则（客户类别、客户经理约定的下次走访日期、贷后检查和逾期贷款）计算的下次应走访日期早于 {as_of}（本报告打印日）的客户为走访逾期客户；应走访日期不保留历史，因此无论统计期间为何，均为打印日的情况。客户计入其客户经理；已归档客户不纳入走访计划。</translation>
    </message>
</context>
<context>
    <name>Responsibility</name>
    <message>
        <source>Our side</source>
        <translation>我方</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Force majeure</source>
        <translation>不可抗力</translation>
    </message>
</context>
<context>
    <name>RiskAssessment</name>
    <message>
        <source>Loan overdue {days} days ≥ {threshold} days (+{weight})</source>
        <translation>贷款逾期 {days} 天 ≥ {threshold} 天（+{weight}）</translation>
    </message>
    <message>
        <source>Loan downgraded in the five categories: {before} → {after} (+{weight})</source>
        <translation>贷款五级分类下调：{before} → {after}（+{weight}）</translation>
    </message>
    <message>
        <source>Loan due on {due} (in {days} days ≤ {within} days), no post-loan check in the last {checked} days (+{weight})</source>
        <translation>贷款 {due} 到期（{days} 天后 ≤ {within} 天），近 {checked} 天未做贷后检查（+{weight}）</translation>
    </message>
    <message>
        <source>{count} complaints in the last {months} months ≥ {threshold} (+{weight})</source>
        <translation>近 {months} 个月投诉 {count} 次 ≥ {threshold} 次（+{weight}）</translation>
    </message>
    <message>
        <source>Visit due on {due} not made: {days} days past due ≥ {threshold} days (+{weight})</source>
        <translation>应于 {due} 走访未走访：超期 {days} 天 ≥ {threshold} 天（+{weight}）</translation>
    </message>
    <message>
        <source>{kind} noticed on the visit of {date} (+{weight})</source>
        <translation>{date} 走访发现{kind}（+{weight}）</translation>
    </message>
    <message>
        <source>Income fell {percent} % on last year ({before} → {after} yuan) ≥ {threshold} % (+{weight})</source>
        <translation>收入较去年下降 {percent}%（{before} → {after} 元）≥ {threshold}%（+{weight}）</translation>
    </message>
    <message>
        <source>Evaluation score fell {percent} % on last year ({before} → {after}) ≥ {threshold} % (+{weight})</source>
        <translation>评估得分较去年下降 {percent}%（{before} → {after}）≥ {threshold}%（+{weight}）</translation>
    </message>
    <message>
        <source>Debt {debt} yuan is {ratio} times the yearly income of {income} yuan ≥ {threshold} times (+{weight})</source>
        <translation>负债 {debt} 元，为年收入 {income} 元的 {ratio} 倍 ≥ {threshold} 倍（+{weight}）</translation>
    </message>
    <message>
        <source>Debt {debt} yuan against no income this year (+{weight})</source>
        <translation>负债 {debt} 元，今年无收入（+{weight}）</translation>
    </message>
    <message>
        <source>Debt {debt} yuan is {per_mu} yuan per mu of {land} mu ≥ {threshold} yuan per mu (+{weight})</source>
        <translation>负债 {debt} 元，耕地 {land} 亩，亩均 {per_mu} 元 ≥ {threshold} 元（+{weight}）</translation>
    </message>
    <message>
        <source>Debt {debt} yuan against no cultivated land (+{weight})</source>
        <translation>负债 {debt} 元，无耕地（+{weight}）</translation>
    </message>
    <message>
        <source>Guarantor {name} is in warning: {level}, at or above {threshold} (+{weight})</source>
        <translation>担保人 {name} 处于预警：{level}，不低于{threshold}（+{weight}）</translation>
    </message>
    <message>
        <source>{level}: score {score} (medium from {medium}, high from {high})</source>
        <translation>{level}风险：得分 {score}（{medium} 分起为中，{high} 分起为高）</translation>
    </message>
    <message>
        <source>Not recorded: {facts}</source>
        <translation>未记录：{facts}</translation>
    </message>
</context>
<context>
    <name>RiskFact</name>
    <message>
        <source>loans</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>next visit due</source>
        <translation>下次应走访日期</translation>
    </message>
    <message>
        <source>risks noticed on visits</source>
        <translation>走访发现的风险</translation>
    </message>
    <message>
        <source>income of this year and last year</source>
        <translation>今年和去年的收入</translation>
    </message>
    <message>
        <source>evaluation score of this year and last year</source>
        <translation>今年和去年的评估得分</translation>
    </message>
    <message>
        <source>cultivated land</source>
        <translation>耕地面积</translation>
    </message>
    <message>
        <source>guarantors</source>
        <translation>担保人</translation>
    </message>
</context>
<context>
    <name>RiskHandling</name>
    <message>
        <source>Say what was done.</source>
        <translation>请填写采取的措施。</translation>
    </message>
    <message>
        <source>Give the result of the handling: a warning is closed with its result.</source>
        <translation>请填写处置结果：预警须写明结果才能关闭。</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>最多 {max} 个字。</translation>
    </message>
    <message>
        <source>The warning was opened on {date}: a date before that is not possible.</source>
        <translation>该预警于 {date} 发起，不能早于该日期。</translation>
    </message>
    <message>
        <source>The last measure was taken on {date}: close on or after that day.</source>
        <translation>最近一次措施在 {date}，请在当日或之后关闭。</translation>
    </message>
    <message>
        <source>{date} is after today ({today}).</source>
        <translation>{date} 晚于今天（{today}）。</translation>
    </message>
    <message>
        <source>The next check comes after the day of the measure ({date}).</source>
        <translation>下次检查日期须晚于措施日期（{date}）。</translation>
    </message>
    <message>
        <source>This warning was closed on {date}: it takes no more measures.</source>
        <translation>该预警已于 {date} 关闭，不能再添加措施。</translation>
    </message>
</context>
<context>
    <name>RiskLevel</name>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
</context>
<context>
    <name>RiskNoticed</name>
    <message>
        <source>Natural disaster</source>
        <translation>自然灾害</translation>
    </message>
    <message>
        <source>Crop or animal disease</source>
        <translation>病虫害或疫病</translation>
    </message>
    <message>
        <source>Market problem</source>
        <translation>市场风险</translation>
    </message>
</context>
<context>
    <name>RiskRules</name>
    <message>
        <source>Every weight is 0, so no signal could ever warn: give at least one a weight.</source>
        <translation>所有权重均为 0，任何信号都无法预警：请至少为一个信号设置权重。</translation>
    </message>
    <message>
        <source>Give at least one band.</source>
        <translation>请至少设置一个档次。</translation>
    </message>
    <message>
        <source>At most {max} bands.</source>
        <translation>最多 {max} 个档次。</translation>
    </message>
    <message>
        <source>Each band starts after the one before it ({previous} days).</source>
        <translation>每个档次的起点须大于前一档次（{previous} 天）。</translation>
    </message>
    <message>
        <source>The high level&apos;s score must be above the medium level&apos;s ({medium}).</source>
        <translation>高风险的分数线须高于中风险（{medium}）。</translation>
    </message>
    <message>
        <source>A downgrade ends below normal: choose special mention or worse.</source>
        <translation>下调须低于正常：请选择关注或更差的类别。</translation>
    </message>
</context>
<context>
    <name>RiskSignal</name>
    <message>
        <source>Loan overdue</source>
        <translation>贷款逾期</translation>
    </message>
    <message>
        <source>Loan downgraded</source>
        <translation>贷款五级分类下调</translation>
    </message>
    <message>
        <source>Loan due without a post-loan check</source>
        <translation>贷款临近到期未做贷后检查</translation>
    </message>
    <message>
        <source>Repeated complaints</source>
        <translation>多次投诉</translation>
    </message>
    <message>
        <source>No visit far beyond the cadence</source>
        <translation>远超走访周期未走访</translation>
    </message>
    <message>
        <source>Risk noticed on a visit</source>
        <translation>走访发现风险</translation>
    </message>
    <message>
        <source>Income falling</source>
        <translation>收入下降</translation>
    </message>
    <message>
        <source>Evaluation score falling</source>
        <translation>评估得分下降</translation>
    </message>
    <message>
        <source>Debt large against income</source>
        <translation>负债收入比过高</translation>
    </message>
    <message>
        <source>Debt large against land</source>
        <translation>亩均负债过高</translation>
    </message>
    <message>
        <source>Guarantor in warning</source>
        <translation>担保人处于预警</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Loan officer</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Branch manager</source>
        <translation>网点负责人</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>RulesDocument</name>
    <message>
        <source>This entry is missing.</source>
        <translation>缺少此项。</translation>
    </message>
    <message>
        <source>Expected a group of entries here.</source>
        <translation>此处应为一组设置项。</translation>
    </message>
    <message>
        <source>Expected a list here.</source>
        <translation>此处应为列表。</translation>
    </message>
    <message>
        <source>Unknown entry &quot;{key}&quot;.</source>
        <translation>未知的设置项“{key}”。</translation>
    </message>
    <message>
        <source>Enter a number here (&quot;{value}&quot; is not a number).</source>
        <translation>请在此填写数字（“{value}”不是数字）。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>请填写整数。</translation>
    </message>
    <message>
        <source>Enter a number from {low} to {high}.</source>
        <translation>请填写 {low} 至 {high} 之间的数字。</translation>
    </message>
    <message>
        <source>A weight cannot be below zero.</source>
        <translation>权重不能小于零。</translation>
    </message>
    <message>
        <source>Unknown code &quot;{code}&quot;.</source>
        <translation>未知代码“{code}”。</translation>
    </message>
    <message>
        <source>These rules were written by a newer AgriCRM (schema {schema}); update AgriCRM to use them.</source>
        <translation>此规则由较新版本的 AgriCRM 生成（格式 {schema}），请升级 AgriCRM 后再使用。</translation>
    </message>
    <message>
        <source>Unknown rules schema {schema}.</source>
        <translation>未知的规则格式 {schema}。</translation>
    </message>
</context>
<context>
    <name>RulesForm</name>
    <message>
        <source>Beef cattle</source>
        <translation>肉牛</translation>
    </message>
    <message>
        <source>Dairy cows</source>
        <translation>奶牛</translation>
    </message>
    <message>
        <source>Pigs</source>
        <translation>生猪</translation>
    </message>
    <message>
        <source>Sheep and goats</source>
        <translation>羊</translation>
    </message>
    <message>
        <source>Laying hens</source>
        <translation>蛋鸡</translation>
    </message>
    <message>
        <source>Broilers</source>
        <translation>肉鸡</translation>
    </message>
    <message>
        <source> mu</source>
        <translation> 亩</translation>
    </message>
    <message>
        <source> cattle units</source>
        <translation> 牛单位</translation>
    </message>
    <message>
        <source>Production scale</source>
        <translation>生产规模</translation>
    </message>
    <message>
        <source>Credit status</source>
        <translation>信用状况</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>Segment, needs, activity</source>
        <translation>分层、需求与活跃度</translation>
    </message>
    <message>
        <source>Service by segment</source>
        <translation>分层服务策略</translation>
    </message>
    <message>
        <source>%1 from</source>
        <translation>%1：不低于</translation>
    </message>
    <message>
        <source>Cultivated land</source>
        <translation>耕地面积</translation>
    </message>
    <message>
        <source>Livestock, in cattle units</source>
        <translation>养殖规模（折合牛单位）</translation>
    </message>
    <message>
        <source>Water area (ponds)</source>
        <translation>水面面积（鱼塘）</translation>
    </message>
    <message>
        <source>Head per cattle unit</source>
        <translation>每个牛单位折合头（只）数</translation>
    </message>
    <message>
        <source>A farm&apos;s scale is the largest of the three; livestock head are converted.</source>
        <translation>生产规模取三项中最大的一项；畜禽头数按上表折合为牛单位。</translation>
    </message>
    <message>
        <source>Five-category loan classification</source>
        <translation>贷款五级分类</translation>
    </message>
    <message>
        <source>Longest overdue</source>
        <translation>最长逾期天数</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Times overdue</source>
        <translation>逾期次数</translation>
    </message>
    <message>
        <source> times</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>Nothing recorded</source>
        <translation>未记录时</translation>
    </message>
    <message>
        <source>Credit status without loans or history</source>
        <translation>无贷款及逾期记录时的信用状况</translation>
    </message>
    <message>
        <source>A customer&apos;s credit status is the worst of the three.</source>
        <translation>客户的信用状况取三项中最差的一项。</translation>
    </message>
    <message>
        <source>Loan balance</source>
        <translation>贷款余额</translation>
    </message>
    <message>
        <source>Average daily deposits</source>
        <translation>日均存款</translation>
    </message>
    <message>
        <source>Products held</source>
        <translation>持有产品数</translation>
    </message>
    <message>
        <source>Years of cooperation</source>
        <translation>合作年限</translation>
    </message>
    <message>
        <source>Growth of balances</source>
        <translation>贷存余额增长</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source> products</source>
        <translation> 种</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Value score (0–100 points)</source>
        <translation>价值得分（0–100 分）</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Full points from</source>
        <translation>达到即得满分</translation>
    </message>
    <message>
        <source>Weights in all</source>
        <translation>权重合计</translation>
    </message>
    <message>
        <source>Products that count</source>
        <translation>计入得分的产品</translation>
    </message>
    <message>
        <source>Value tiers</source>
        <translation>价值等级</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Value score at least</source>
        <translation>价值得分不低于</translation>
    </message>
    <message>
        <source>Production scale at least</source>
        <translation>生产规模至少为</translation>
    </message>
    <message>
        <source>Quality customers meet all three; potential customers the credit status and either the score or the scale; everyone else is ordinary.</source>
        <translation>优质客户须同时满足三项；潜力客户须满足信用状况，并满足得分或规模之一；其余为普通客户。</translation>
    </message>
    <message>
        <source>Needs type</source>
        <translation>需求类型</translation>
    </message>
    <message>
        <source>Asks for a product</source>
        <translation>产品型需求</translation>
    </message>
    <message>
        <source>Asks for a service</source>
        <translation>服务型需求</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活跃度</translation>
    </message>
    <message>
        <source>Dormant after</source>
        <translation>多久无往来即为沉睡</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>合作阶段</translation>
    </message>
    <message>
        <source>Reactivation visit within</source>
        <translation>唤醒走访期限</translation>
    </message>
    <message>
        <source>Visit every</source>
        <translation>走访周期</translation>
    </message>
    <message>
        <source>Greetings</source>
        <translation>关怀问候</translation>
    </message>
    <message>
        <source>Priority in Today (1 first)</source>
        <translation>今日待办中的优先级（1 最先）</translation>
    </message>
    <message>
        <source>Dormant customers are served by their own line, whatever segment.</source>
        <translation>沉睡客户不论属于哪一层，都按“沉睡”一栏的策略服务。</translation>
    </message>
    <message>
        <source> head</source>
        <translation> 头（只）</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>day(s)</source>
        <translation>天</translation>
    </message>
    <message>
        <source>How often each customer is visited comes from their segment&apos;s service strategy: Classification rules → Service strategy (quality, potential and ordinary customers&apos; visit intervals, dormant customers&apos; reactivation visit).</source>
        <translation>每位客户多久走访一次，由其客户分层的服务策略决定：分类规则 → 服务策略（优质、潜力、普通客户的走访间隔，沉睡客户的唤醒走访）。</translation>
    </message>
    <message>
        <source>Post-loan check within</source>
        <translation>贷后检查期限（放款后）</translation>
    </message>
    <message>
        <source>Visit after a loan turns overdue within</source>
        <translation>贷款逾期后走访期限</translation>
    </message>
    <message>
        <source>Remind of birthdays</source>
        <translation>生日提前提醒</translation>
    </message>
    <message>
        <source>Remind of festivals</source>
        <translation>节日提前提醒</translation>
    </message>
    <message>
        <source>Show follow-up actions due within</source>
        <translation>待办事项提前显示</translation>
    </message>
    <message>
        <source>Festivals to greet</source>
        <translation>需问候的节日</translation>
    </message>
    <message>
        <source>Saving recomputes every customer&apos;s next due visit.</source>
        <translation>保存后将重新计算所有客户的下次应走访日期。</translation>
    </message>
    <message>
        <source>Recomputing every customer&apos;s next due visit…</source>
        <translation>正在重新计算所有客户的下次应走访日期…</translation>
    </message>
</context>
<context>
    <name>Satisfaction</name>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Could not be reached</source>
        <translation>无法联系</translation>
    </message>
</context>
<context>
    <name>SavedSegmentsPanel</name>
    <message>
        <source>Saved segments</source>
        <translation>已保存的客户分组</translation>
    </message>
    <message>
        <source>None yet: filter the customer list and choose Segments ▸ Save the filter.</source>
        <translation>暂无。请在客户档案列表中设好筛选条件，再选择“客户分组 ▸ 将筛选条件保存为分组”。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Call list…</source>
        <translation>电话清单…</translation>
    </message>
    <message>
        <source>Rename segment</source>
        <translation>重命名客户分组</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>删除客户分组</translation>
    </message>
    <message>
        <source>Delete the segment “%1”? The customers stay as they are.</source>
        <translation>删除客户分组“%1”？其中的客户档案不受影响。</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <source>Small farmer</source>
        <translation>小农户</translation>
    </message>
    <message>
        <source>Medium farmer</source>
        <translation>中型农户</translation>
    </message>
    <message>
        <source>Large farmer</source>
        <translation>大型农户</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <source>Prospects</source>
        <translation>潜在客户数</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新增客户数</translation>
    </message>
    <message>
        <source>Admission conversion rate</source>
        <translation>准入转化率</translation>
    </message>
    <message>
        <source>Customers lost</source>
        <translation>流失客户数</translation>
    </message>
    <message>
        <source>Customers lost, rate</source>
        <translation>客户流失率</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>投诉率</translation>
    </message>
    <message>
        <source>Customer growth</source>
        <translation>客户数增长率</translation>
    </message>
    <message>
        <source>Loan balance growth</source>
        <translation>贷款余额增长率</translation>
    </message>
    <message>
        <source>Deposit balance growth</source>
        <translation>存款余额增长率</translation>
    </message>
    <message>
        <source>Quality customer growth</source>
        <translation>优质客户增长率</translation>
    </message>
    <message>
        <source>Prospects: people recorded as prospects during the period.</source>
        <translation>潜在客户数：本期登记为潜在客户的人数。</translation>
    </message>
    <message>
        <source>New customers: customers whose cooperation began during the period.</source>
        <translation>新增客户数：本期开始合作的客户数。</translation>
    </message>
    <message>
        <source>Admission conversion rate: prospects of the period admitted as customers, divided by the prospects of the period.</source>
        <translation>准入转化率：本期潜在客户中准入为正式客户的人数，除以本期潜在客户数。</translation>
    </message>
    <message>
        <source>Customers lost: customers whose cooperation ended during the period, plus those who turned dormant.</source>
        <translation>流失客户数：本期停止合作的客户数，加上转为沉睡的客户数。</translation>
    </message>
    <message>
        <source>Customers lost, rate: customers lost divided by the customers at the start.</source>
        <translation>客户流失率：流失客户数除以期初客户数。</translation>
    </message>
    <message>
        <source>Satisfaction: the average satisfaction (1–5) of the visits of the period that recorded one.</source>
        <translation>满意度：本期记录了满意度的走访的平均满意度（1–5）。</translation>
    </message>
    <message>
        <source>Complaint rate: complaints received during the period per 100 customers (the average of the customers at the start and at the end).</source>
        <translation>投诉率：本期受理的投诉数，按每 100 名客户计（客户数取期初与期末的平均数）。</translation>
    </message>
    <message>
        <source>Customer growth: customers at the end against the start of the period.</source>
        <translation>客户数增长率：期末客户数较期初的增长。</translation>
    </message>
    <message>
        <source>Loan balance growth: outstanding loans at the end against the start of the period.</source>
        <translation>贷款余额增长率：期末贷款余额较期初的增长。</translation>
    </message>
    <message>
        <source>Deposit balance growth: deposits at the end against the start of the period.</source>
        <translation>存款余额增长率：期末存款余额较期初的增长。</translation>
    </message>
    <message>
        <source>Quality customer growth: customers of the quality segment at the end against the start of the period.</source>
        <translation>优质客户增长率：期末优质客户数较期初的增长。</translation>
    </message>
    <message>
        <source>{measure}: {value}</source>
        <translation>{measure}：{value}</translation>
    </message>
    <message>
        <source>{measure}: {value} %</source>
        <translation>{measure}：{value}%</translation>
    </message>
    <message>
        <source>{measure}: no base to compute it from</source>
        <translation>{measure}：无基数，无法计算</translation>
    </message>
    <message>
        <source>{measure}: {before} → {after} ({delta})</source>
        <translation>{measure}：{before} → {after}（{delta}）</translation>
    </message>
    <message>
        <source>{measure}: {before} % → {after} % ({delta} percentage points)</source>
        <translation>{measure}：{before}% → {after}%（{delta} 个百分点）</translation>
    </message>
    <message>
        <source>{measure}: not comparable (no figure in one of the periods)</source>
        <translation>{measure}：无法比较（其中一期无数据）</translation>
    </message>
</context>
<context>
    <name>Segment</name>
    <message>
        <source>Quality customer</source>
        <translation>优质客户</translation>
    </message>
    <message>
        <source>Ordinary customer</source>
        <translation>普通客户</translation>
    </message>
    <message>
        <source>Potential customer</source>
        <translation>潜力客户</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>Give the segment a name</source>
        <translation>请为客户分组命名</translation>
    </message>
    <message>
        <source>A segment&apos;s name has at most 40 characters</source>
        <translation>客户分组名称最多 40 个字</translation>
    </message>
    <message>
        <source>A segment of this name exists already</source>
        <translation>已有同名的客户分组</translation>
    </message>
    <message>
        <source>This segment no longer exists</source>
        <translation>该客户分组已不存在</translation>
    </message>
    <message>
        <source>Only the officer who saved this segment or a branch manager can change it</source>
        <translation>只有保存该分组的客户经理或支行行长可以修改</translation>
    </message>
</context>
<context>
    <name>SegmentsMenu</name>
    <message>
        <source>Se&amp;gments</source>
        <translation>客户分组(&amp;G)</translation>
    </message>
    <message>
        <source>Save the filter as a named segment, open a saved one, make a call list</source>
        <translation>将筛选条件保存为命名的客户分组、打开已保存的分组、制作电话清单</translation>
    </message>
    <message>
        <source>Save the filter as a segment…</source>
        <translation>将筛选条件保存为分组…</translation>
    </message>
    <message>
        <source>Call list of this list…</source>
        <translation>当前列表的电话清单…</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>已保存的客户分组</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>保存客户分组</translation>
    </message>
    <message>
        <source>Name of the segment (%1):</source>
        <translation>分组名称（%1）：</translation>
    </message>
    <message>
        <source>Segment “%1” saved</source>
        <translation>已保存客户分组“%1”</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>Customer segments</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Double-click a class to list its customers</source>
        <translation>双击某一类，列出其中的客户</translation>
    </message>
    <message>
        <source>the whole branch</source>
        <translation>全支行</translation>
    </message>
    <message>
        <source>your customers</source>
        <translation>您名下的客户</translation>
    </message>
    <message>
        <source>%1 classified customer(s), %2</source>
        <translation>已分类客户 %1 位（%2）</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Click a number to list the customers behind it</source>
        <translation>点击数字，列出对应的客户</translation>
    </message>
    <message>
        <source>Click a bar to list the customers behind it</source>
        <translation>点击柱条，列出对应的客户</translation>
    </message>
</context>
<context>
    <name>ServiceOffered</name>
    <message>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Market information</source>
        <translation>市场信息</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
</context>
<context>
    <name>ServiceStrategy</name>
    <message>
        <source>{klass} · {cadence} · {care} · Today priority {rank}</source>
        <translation>{klass} · {cadence} · {care} · 今日优先级 {rank}</translation>
    </message>
    <message>
        <source>monthly visits</source>
        <translation>每月走访</translation>
    </message>
    <message>
        <source>a visit every {months} months</source>
        <translation>每 {months} 个月走访</translation>
    </message>
    <message>
        <source>a reactivation visit within {days} days</source>
        <translation>{days} 天内唤醒走访</translation>
    </message>
    <message>
        <source>{occasions} greetings</source>
        <translation>{occasions}问候</translation>
    </message>
    <message>
        <source>no greetings</source>
        <translation>不作问候</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>A new language takes effect when AgriCRM is restarted.</source>
        <translation>新的界面语言将在重新启动 AgriCRM 后生效。</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>文字大小(&amp;T)</translation>
    </message>
    <message>
        <source>Larger text, for easier reading, applies to every window as soon as you save.</source>
        <translation>较大的文字更易阅读；点击“保存”后立即用于所有窗口。</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Branch &amp;name</source>
        <translation>网点名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation>省(&amp;P)</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>市(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;County</source>
        <translation>县(&amp;C)</translation>
    </message>
    <message>
        <source>Letterhead &amp;logo</source>
        <translation>信笺标志(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 512 KB; printed at the top of every report.</source>
        <translation>PNG 或 JPEG 图片，不超过 512 KB；打印在每份报表的页眉。</translation>
    </message>
    <message>
        <source>Number &amp;series</source>
        <translation>编号系列(&amp;S)</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>村列表</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>&amp;Add village</source>
        <translation>添加村(&amp;A)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Large (120 %)</source>
        <translation>大（120%）</translation>
    </message>
    <message>
        <source>This computer numbers new customer files %1 and visits %2 in this series. Give each computer of the branch its own, so numbers given offline do not meet; numbers already given stay.</source>
        <translation>本机按此系列为新建档案编号（如 %1）、为走访编号（如 %2）。请为网点的每台电脑设定不同的系列，以免离线时编出相同的号码；已有的编号不变。</translation>
    </message>
    <message>
        <source>Visits and care</source>
        <translation>走访与关怀</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <source>Choose the letterhead logo</source>
        <translation>选择信笺标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1（隐藏）</translation>
    </message>
    <message>
        <source>Heading row %1; %2 rows of people under it.</source>
        <translation>表头在第 %1 行，其下有 %2 行人员。</translation>
    </message>
    <message>
        <source>Total rows left out: %1.</source>
        <translation>合计行不导入：第 %1 行。</translation>
    </message>
    <message>
        <source>This kind of file does not say which columns are hidden.</source>
        <translation>此类文件不记录哪些列被隐藏。</translation>
    </message>
    <message>
        <source>Hidden columns (listed with the others): %1.</source>
        <translation>隐藏的列（与其他列一并列出）：%1。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Preparing this database: rebuilding the customer search and due visits…</source>
        <translation>正在准备数据库：重建客户搜索索引和下次应走访日期…</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <source>Change status</source>
        <translation>变更客户状态</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>&amp;New status</source>
        <translation>新状态(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Start the investigation</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <source>Conclude the investigation</source>
        <translation>调查结论</translation>
    </message>
    <message>
        <source>Answer the customer</source>
        <translation>答复客户</translation>
    </message>
    <message>
        <source>Close the complaint</source>
        <translation>关闭投诉</translation>
    </message>
    <message>
        <source>Reopen the complaint</source>
        <translation>重新打开投诉</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Conclude</source>
        <translation>确认结论</translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation>记录答复</translation>
    </message>
    <message>
        <source>Close complaint</source>
        <translation>关闭投诉</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Please correct the marked fields; nothing was saved.</source>
        <translation>请更正标出的内容；尚未保存任何数据。</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>There is no officer named {name}.</source>
        <translation>没有名为 {name} 的客户经理。</translation>
    </message>
    <message>
        <source>More than one officer is named {name}; give the user name instead ({usernames}).</source>
        <translation>有多位客户经理名为 {name}，请改用用户名（{usernames}）。</translation>
    </message>
    <message>
        <source>An officer can print the summary of their own customers only.</source>
        <translation>客户经理只能打印本人名下客户的汇总报告。</translation>
    </message>
    <message>
        <source>Customers by business mode</source>
        <translation>按经营模式</translation>
    </message>
    <message>
        <source>Customers by credit grade</source>
        <translation>按信用等级</translation>
    </message>
    <message>
        <source>Customers by admission status</source>
        <translation>按准入状态</translation>
    </message>
    <message>
        <source>Customers by production scale</source>
        <translation>按生产规模</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未填写</translation>
    </message>
</context>
<context>
    <name>SummaryReportDialog</name>
    <message>
        <source>Periodic summary</source>
        <translation>定期汇总报告</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>统计期间(&amp;P)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Month or quarter</source>
        <translation>月份或季度</translation>
    </message>
    <message>
        <source>&amp;Customers of</source>
        <translation>统计范围(&amp;C)</translation>
    </message>
    <message>
        <source>Whole branch</source>
        <translation>全网点</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>生成(&amp;R)</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>A package is an .xlsx workbook; choose a file name ending in .xlsx.</source>
        <translation>同步包是 .xlsx 工作簿，请使用以 .xlsx 结尾的文件名。</translation>
    </message>
    <message>
        <source>An officer exports their own customers only; ask your branch manager.</source>
        <translation>客户经理只能导出自己负责的客户，请联系网点负责人。</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Export a package for headquarters or another device</source>
        <translation>导出同步包（交总行或其他设备）</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>&amp;Changes since the last export</source>
        <translation>上次导出以来的变化(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>全部数据(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation>客户经理(&amp;O)</translation>
    </message>
    <message>
        <source>Save &amp;as</source>
        <translation>保存为(&amp;A)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Import a package or a filled-in workbook</source>
        <translation>导入同步包或填好的登记表</translation>
    </message>
    <message>
        <source>An .xlsx package or workbook, or a .csv customer list</source>
        <translation>.xlsx 同步包或工作簿，或 .csv 客户名单</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import a &amp;list…</source>
        <translation>导入名单(&amp;L)…</translation>
    </message>
    <message>
        <source>A branch&apos;s own register (a village list, a survey, a list from the core banking system): choose its sheet and map its columns</source>
        <translation>网点自己的名单（村里的登记表、调查表、核心系统导出的名单）：选择工作表并对应各列</translation>
    </message>
    <message>
        <source>All my customers</source>
        <translation>我可见的全部客户</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <source>Choose a package (.xlsx) from headquarters or another device, a filled-in registration workbook or a CSV list of customers. Preview shows what would be added and updated, and every problem with its sheet, row and column; nothing changes until you press Import.</source>
        <translation>请选择总行或其他设备的同步包（.xlsx）、填写好的客户登记表或 CSV 客户名单。“预览”会列出将新增和更新的记录，以及每个问题所在的工作表、行和列；点击“导入”之前不会更改任何数据。</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>package-%1-%2</source>
        <translation>同步包-%1-%2</translation>
    </message>
    <message>
        <source>Save package as</source>
        <translation>同步包保存为</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>替换文件</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with the new package?</source>
        <translation>%1 已存在。要用新的同步包替换它吗？</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>changes since package %1</source>
        <translation>第 %1 号包以来的变化</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>全部数据</translation>
    </message>
    <message>
        <source>Package %1 (%2): %3 rows written to %4</source>
        <translation>第 %1 号包（%2）：共 %3 行，已写入 %4</translation>
    </message>
    <message>
        <source>Choose a package or workbook</source>
        <translation>选择同步包或工作簿</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx *.csv)</source>
        <translation>工作簿 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Package %1 from %2 (%3), exported %4 by %5.</source>
        <translation>来自 %2 的第 %1 号包（%3），由 %5 于 %4 导出。</translation>
    </message>
    <message>
        <source>changes only</source>
        <translation>仅变化部分</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>A workbook made by people: customers are matched by ID, phone, name + village.</source>
        <translation>人工填写的工作簿：依次按身份证号、手机号码、姓名加村匹配已有客户。</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 conflicts, %5 problems.</source>
        <translation>新增 %1 条，更新 %2 条，未变 %3 条，冲突 %4 条，问题 %5 个。</translation>
    </message>
    <message>
        <source>Matched existing customers by: %1.</source>
        <translation>匹配已有客户的方式：%1。</translation>
    </message>
    <message>
        <source>This package was imported before; importing it again changes nothing.</source>
        <translation>这个包以前导入过，再次导入不会改变任何数据。</translation>
    </message>
    <message>
        <source>Nothing can be imported until these problems are corrected in the file.</source>
        <translation>请先在文件中改正以下问题，否则无法导入。</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>没有可导入的内容</translation>
    </message>
    <message>
        <source>The file holds no rows AgriCRM can read.</source>
        <translation>文件中没有 AgriCRM 能读取的行。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated; %3 conflicts wait in the Conflicts screen.</source>
        <translation>已导入：新增 %1 条，更新 %2 条；%3 条冲突待在“同步冲突”中处理。</translation>
    </message>
    <message>
        <source>Problem report saved to %1</source>
        <translation>问题报告已保存到 %1</translation>
    </message>
</context>
<context>
    <name>TargetMeasure</name>
    <message>
        <source>Growth</source>
        <translation>增长率</translation>
    </message>
    <message>
        <source>Share of all customers</source>
        <translation>占全部客户比例</translation>
    </message>
    <message>
        <source>Per member of staff</source>
        <translation>人均户数</translation>
    </message>
</context>
<context>
    <name>TargetStatus</name>
    <message>
        <source>Met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>Cannot be computed</source>
        <translation>无法计算</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Village day list…</source>
        <translation>村走访清单(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;New visit…</source>
        <translation>新建走访(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Visit report of the selected planned visit (to fill in by hand)</source>
        <translation>所选计划走访的走访报告（供手工填写）</translation>
    </message>
    <message>
        <source>All visits planned for today</source>
        <translation>今日全部计划走访</translation>
    </message>
    <message>
        <source>Village day sheet…</source>
        <translation>村走访清单…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应走访日</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走访</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Record this visit</source>
        <translation>记录本次走访</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>打开客户档案</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>记录走访</translation>
    </message>
    <message>
        <source>Plan a visit</source>
        <translation>计划走访</translation>
    </message>
    <message>
        <source>Log greeting</source>
        <translation>记录问候</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>打开投诉</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Open visit</source>
        <translation>打开走访</translation>
    </message>
    <message>
        <source>No visits planned for today</source>
        <translation>今天没有计划的走访</translation>
    </message>
    <message>
        <source>Plan one from the overdue customers, or with New visit.</source>
        <translation>可以从逾期未走访的客户中安排，或点击“新建走访”。</translation>
    </message>
    <message>
        <source>No customer is overdue for a visit</source>
        <translation>没有逾期未走访的客户</translation>
    </message>
    <message>
        <source>No birthdays or festivals in the coming days</source>
        <translation>近期没有客户生日或节日</translation>
    </message>
    <message>
        <source>No follow-up actions falling due</source>
        <translation>没有到期的待办事项</translation>
    </message>
    <message>
        <source>No complaint needs an answer soon</source>
        <translation>没有临近答复期限的投诉</translation>
    </message>
    <message>
        <source>Visits planned for today</source>
        <translation>今日计划走访</translation>
    </message>
    <message>
        <source>Overdue customers</source>
        <translation>逾期未走访客户</translation>
    </message>
    <message>
        <source>Birthdays and festivals</source>
        <translation>生日与节日</translation>
    </message>
    <message>
        <source>Follow-up actions falling due</source>
        <translation>到期待办事项</translation>
    </message>
    <message>
        <source>Complaints to answer soon</source>
        <translation>待答复的投诉</translation>
    </message>
    <message>
        <source>leap month</source>
        <translation>闰</translation>
    </message>
    <message>
        <source>Today %1 · lunar %2%3-%4</source>
        <translation>今天 %1 · 农历%2%3月%4日</translation>
    </message>
    <message>
        <source>Complaints to answer soon (%1)</source>
        <translation>待答复的投诉（%1）</translation>
    </message>
    <message>
        <source>Visits planned for today (%1)</source>
        <translation>今日计划走访（%1）</translation>
    </message>
    <message>
        <source>Today priority %1</source>
        <translation>今日优先级 %1</translation>
    </message>
    <message>
        <source>Overdue customers (%1, the %2 most overdue shown)</source>
        <translation>逾期未走访客户（%1 位，显示逾期最久的 %2 位）</translation>
    </message>
    <message>
        <source>Overdue customers (%1)</source>
        <translation>逾期未走访客户（%1 位）</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>还有 %1 天</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n customer(s) to greet</source>
        <translation>
            <numerusform>%1 · 问候 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Lunar birthday</source>
        <translation>农历生日</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>turns %1</source>
        <translation>满 %1 岁</translation>
    </message>
    <message>
        <source>%1 · greeted</source>
        <translation>%1 · 已问候</translation>
    </message>
    <message>
        <source>Birthdays and festivals (%1 to greet)</source>
        <translation>生日与节日（%1 位待问候）</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>已逾期 %1 天</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Follow-up actions falling due (%1)</source>
        <translation>到期待办事项（%1）</translation>
    </message>
    <message numerus="yes">
        <source>All %n visit(s) planned for today (to fill in by hand)</source>
        <translation>
            <numerusform>今日全部 %n 次计划走访（供手工填写）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>There is no active user named {username}.</source>
        <translation>没有名为 {username} 的有效用户。</translation>
    </message>
    <message>
        <source>There is no officer named {name}.</source>
        <translation>没有名为 {name} 的客户经理。</translation>
    </message>
</context>
<context>
    <name>ValueTier</name>
    <message>
        <source>Low value</source>
        <translation>低价值</translation>
    </message>
    <message>
        <source>Medium value</source>
        <translation>中价值</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>高价值</translation>
    </message>
</context>
<context>
    <name>VillageDayDialog</name>
    <message>
        <source>Village day list</source>
        <translation>村走访清单</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>复制为文本(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print day sheet…</source>
        <translation>打印清单(&amp;P)…</translation>
    </message>
    <message>
        <source>Preview and print the list with room to write notes by hand</source>
        <translation>预览并打印清单，留有手写记录的空白</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应走访日</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走访</translation>
    </message>
    <message>
        <source>Enter the day to list.</source>
        <translation>请填写要列出的日期。</translation>
    </message>
    <message>
        <source>planned visit</source>
        <translation>已计划走访</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>待办：%1</translation>
    </message>
    <message>
        <source>%1 · %2: %3 customer(s) to visit</source>
        <translation>%1 · %2：需走访 %3 位客户</translation>
    </message>
    <message>
        <source>(%1 days overdue)</source>
        <translation>（逾期 %1 天）</translation>
    </message>
</context>
<context>
    <name>Villages</name>
    <message>
        <source>Enter both the township and the village.</source>
        <translation>请同时填写乡镇和村。</translation>
    </message>
    <message>
        <source>{village} in {township} is already in the list.</source>
        <translation>{township}的“{village}”已在列表中。</translation>
    </message>
    <message>
        <source>Names have at most 40 characters.</source>
        <translation>名称最多 40 个字。</translation>
    </message>
    <message>
        <source>There is no village named {name} in the branch&apos;s village list.</source>
        <translation>本网点村庄名录中没有名为 {name} 的村。</translation>
    </message>
    <message>
        <source>{township} has no village named {village} in the branch&apos;s village list.</source>
        <translation>本网点村庄名录中 {township} 没有名为 {village} 的村。</translation>
    </message>
    <message>
        <source>There is a village named {name} in more than one township ({townships}); write township/village, e.g. {example}.</source>
        <translation>多个乡镇都有名为 {name} 的村（{townships}），请写成“乡镇/村”，例如 {example}。</translation>
    </message>
    <message>
        <source>{village} has no township in the register; map the township column first.</source>
        <translation>登记表中“{village}”没有乡镇；请先对应乡镇列。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>方式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>时间(&amp;I)</translation>
    </message>
    <message>
        <source>To&amp;wnship</source>
        <translation>乡镇(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation>村(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>参加人员(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>走访目的(&amp;P)</translation>
    </message>
    <message>
        <source>Satis&amp;faction</source>
        <translation>满意度(&amp;F)</translation>
    </message>
    <message>
        <source>Ne&amp;xt visit</source>
        <translation>下次走访(&amp;X)</translation>
    </message>
    <message>
        <source>Offic&amp;er</source>
        <translation>客户经理(&amp;E)</translation>
    </message>
    <message>
        <source>Production &amp;condition</source>
        <translation>生产经营情况(&amp;C)</translation>
    </message>
    <message>
        <source>Problems met</source>
        <translation>遇到的问题</translation>
    </message>
    <message>
        <source>Funding shortage</source>
        <translation>资金短缺</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术问题</translation>
    </message>
    <message>
        <source>Market access</source>
        <translation>销路问题</translation>
    </message>
    <message>
        <source>Natural disaster</source>
        <translation>自然灾害</translation>
    </message>
    <message>
        <source>Family difficulties</source>
        <translation>家庭困难</translation>
    </message>
    <message>
        <source>Needs identified</source>
        <translation>发现的需求</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Technical training</source>
        <translation>技术培训</translation>
    </message>
    <message>
        <source>Market information</source>
        <translation>市场信息</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Services offered</source>
        <translation>提供的服务</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Add follow-up action</source>
        <translation>添加待办事项</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>照片和文档</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Name, pinyin initials or phone</source>
        <translation>姓名、拼音首字母或电话</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>待办内容</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Save and &amp;new</source>
        <translation>保存并新建(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Enter: save, then record the next visit</source>
        <translation>Ctrl+Enter：保存后接着记录下一次走访</translation>
    </message>
    <message>
        <source>Print &amp;report…</source>
        <translation>打印走访报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Preview and print the visit report for the paper file and signatures</source>
        <translation>预览并打印走访报告，用于纸质归档和签字</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>新建走访</translation>
    </message>
    <message>
        <source>Visit: %1</source>
        <translation>走访：%1</translation>
    </message>
    <message>
        <source>Saved %1 visit(s). Next visit:</source>
        <translation>已保存 %1 次走访。下一次走访：</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>Please correct the marked fields; nothing was saved.</source>
        <translation>请修改标出的项目；尚未保存任何内容。</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>打印走访报告</translation>
    </message>
    <message>
        <source>The report shows the visit as last saved; your unsaved changes are not in it. Print anyway?</source>
        <translation>报告显示的是上次保存的走访记录，尚未保存的修改不会打印出来。仍要打印吗？</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Close without saving this visit?</source>
        <translation>不保存这次走访就关闭吗？</translation>
    </message>
</context>
<context>
    <name>VisitListPage</name>
    <message>
        <source>Customer (name, pinyin, phone, file no.) or visit no.</source>
        <translation>客户（姓名、拼音、电话、档案编号）或走访编号</translation>
    </message>
    <message>
        <source>Visits from</source>
        <translation>走访日期自</translation>
    </message>
    <message>
        <source>Visits until</source>
        <translation>走访日期至</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>&amp;New visit…</source>
        <translation>新建走访(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Village day list…</source>
        <translation>村走访清单(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Visit report of the selected visit</source>
        <translation>所选走访的走访报告</translation>
    </message>
    <message>
        <source>Visit reports of all listed</source>
        <translation>列表中全部走访的走访报告</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <source>All townships</source>
        <translation>全部乡镇</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>全部村</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>共 %n 次走访</numerusform>
        </translation>
    </message>
    <message>
        <source>No visit matches</source>
        <translation>没有符合条件的走访</translation>
    </message>
    <message>
        <source>Widen the dates or clear a filter to see more visits.</source>
        <translation>放宽日期范围或清除筛选，可以看到更多走访。</translation>
    </message>
    <message>
        <source>No visits recorded yet</source>
        <translation>还没有走访记录</translation>
    </message>
    <message>
        <source>Record a visit with New visit (Ctrl+N), or from the Today view, where customers due for a visit are listed.</source>
        <translation>点击“新建走访”（Ctrl+N）记录一次走访，或在“今日”页面从应走访的客户开始。</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>新建走访…</translation>
    </message>
    <message numerus="yes">
        <source>Visit reports of all %n listed visit(s)</source>
        <translation>
            <numerusform>列表中全部 %n 次走访的走访报告</numerusform>
        </translation>
    </message>
    <message>
        <source>Visit reports of all listed visits (at most %1: filter the list)</source>
        <translation>列表中全部走访的走访报告（最多 %1 份，请先筛选）</translation>
    </message>
</context>
<context>
    <name>VisitMode</name>
    <message>
        <source>On site</source>
        <translation>实地走访</translation>
    </message>
    <message>
        <source>At the branch</source>
        <translation>网点面谈</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话回访</translation>
    </message>
</context>
<context>
    <name>VisitRules</name>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>A visit that is done cannot be dated in the future; plan it instead.</source>
        <translation>已完成的走访日期不能晚于今天；未来的走访请计划。</translation>
    </message>
    <message>
        <source>A planned visit cannot be dated before today; record it as done or missed.</source>
        <translation>计划走访的日期不能早于今天；过去的走访请记为已完成或未成行。</translation>
    </message>
    <message>
        <source>The next visit date cannot be before the visit ({date}).</source>
        <translation>下次走访日期不能早于本次走访（{date}）。</translation>
    </message>
    <message>
        <source>The satisfaction is a score from {low} to {high}.</source>
        <translation>满意度为 {low} 到 {high} 分。</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>最多 {max} 个字。</translation>
    </message>
    <message>
        <source>The date cannot be before 2000.</source>
        <translation>日期不能早于 2000 年。</translation>
    </message>
    <message>
        <source>Only a visit that took place has a time of day.</source>
        <translation>只有已完成的走访才填写时间。</translation>
    </message>
    <message>
        <source>A follow-up action cannot be due before the visit ({date}).</source>
        <translation>待办事项的截止日期不能早于走访日期（{date}）。</translation>
    </message>
</context>
<context>
    <name>VisitStatus</name>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未成行</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Visit no.</source>
        <translation>走访编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Production condition</source>
        <translation>生产经营情况</translation>
    </message>
</context>
<context>
    <name>VisitType</name>
    <message>
        <source>Pre-loan investigation</source>
        <translation>贷前调查</translation>
    </message>
    <message>
        <source>Post-loan check</source>
        <translation>贷后检查</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>定期回访</translation>
    </message>
    <message>
        <source>Customer care</source>
        <translation>客户关怀</translation>
    </message>
    <message>
        <source>Needs survey</source>
        <translation>需求调研</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>催收</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>The visit does not exist or was deleted.</source>
        <translation>该走访记录不存在或已被删除。</translation>
    </message>
    <message>
        <source>The customer does not exist or was deleted.</source>
        <translation>该客户不存在或已被删除。</translation>
    </message>
    <message>
        <source>{name}&apos;s file is archived; restore it before planning or recording visits.</source>
        <translation>{name} 的档案已归档，请先恢复再计划或记录走访。</translation>
    </message>
    <message>
        <source>The follow-up action does not exist or was deleted.</source>
        <translation>该待办事项不存在或已被删除。</translation>
    </message>
    <message>
        <source>Someone else changed this visit after you opened it. Close the form and open it again.</source>
        <translation>您打开后有人修改了这次走访。请关闭后重新打开。</translation>
    </message>
    <message>
        <source>A visit that is {status} cannot be planned again; plan a new one.</source>
        <translation>{status}的走访不能改回计划，请新建一次计划。</translation>
    </message>
    <message>
        <source>The chosen officer does not exist.</source>
        <translation>所选客户经理不存在。</translation>
    </message>
    <message>
        <source>Only a branch manager can record a visit for another officer.</source>
        <translation>只有支行行长才能替其他客户经理记录走访。</translation>
    </message>
    <message>
        <source>{village} is not in the village list of {township}.</source>
        <translation>{village} 不在 {township} 的村名单中。</translation>
    </message>
    <message>
        <source>A visit stays with its customer; record a new visit for another customer.</source>
        <translation>走访记录不能换客户；请为其他客户新建走访。</translation>
    </message>
</context>
</TS>
