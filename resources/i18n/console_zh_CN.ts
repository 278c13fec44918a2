<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../widgets/action_table.py" line="97" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="98" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="99" />
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="100" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="101" />
        <source>&amp;Ticket</source>
        <translation>工单(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="102" />
        <source>&amp;Escalations</source>
        <translation>督办(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="103" />
        <source>&amp;Duty</source>
        <translation>值班(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="104" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="115" />
        <source>&amp;Import feed…</source>
        <translation>导入工单数据(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="120" />
        <source>Import a feed file</source>
        <translation>导入工单数据文件</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="124" />
        <source>&amp;Bulletin…</source>
        <translation>督办通报(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="127" />
        <source>Write the supervision bulletin of a period</source>
        <translation>生成一段时间的督办通报</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="131" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="136" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="141" />
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="145" />
        <source>Search tickets</source>
        <translation>搜索工单</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="149" />
        <source>&amp;Board</source>
        <translation>看板(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="153" />
        <source>Back to the board</source>
        <translation>回到看板</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="157" />
        <source>Save filters as &amp;view…</source>
        <translation>保存为常用视图(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="161" />
        <source>Save the filters as a view</source>
        <translation>将筛选保存为视图</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="165" />
        <source>&amp;All tickets</source>
        <translation>全部工单(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="170" />
        <source>All tickets</source>
        <translation>全部工单</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="180" />
        <source>Switch to saved view 1 … 9</source>
        <translation>切换到常用视图 1 … 9</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="186" />
        <source>A&amp;ssessment</source>
        <translation>统一考核(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="190" />
        <source>Units ranked for a period (assessment)</source>
        <translation>承办单位考核排名</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="194" />
        <source>&amp;Columns…</source>
        <translation>列(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="197" />
        <source>Show or hide the board's columns (also a right click on its header)</source>
        <translation>显示或隐藏看板的列（也可在表头上单击右键）</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="203" />
        <source>Standard column &amp;widths</source>
        <translation>标准列宽(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="209" />
        <source>&amp;Refresh now</source>
        <translation>立即刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="213" />
        <source>Read the board again now</source>
        <translation>立即重新读取看板</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="217" />
        <source>&amp;Notification center</source>
        <translation>通知中心(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="222" />
        <source>Show or hide the notification center</source>
        <translation>显示或隐藏通知中心</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="226" />
        <source>To &amp;act queue</source>
        <translation>待办队列(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="230" />
        <source>Show the To act queue: the steps the escalation ladder proposes</source>
        <translation>显示待办队列：督办阶梯建议的下一步</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="236" />
        <source>Notification &amp;settings…</source>
        <translation>通知设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="239" />
        <source>Sound, volume and toasts</source>
        <translation>提示音、音量和弹窗</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="243" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="251" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="259" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="274" />
        <source>&amp;Urge (催办)…</source>
        <translation>催办(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="282" />
        <source>Urge the unit of the selected tickets</source>
        <translation>催办所选工单的承办单位</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="283" />
        <source>Press the current unit of the selected tickets to act (催办)</source>
        <translation>催促所选工单当前承办单位尽快办理（催办）</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="289" />
        <source>&amp;Escalate (督办)…</source>
        <translation>督办(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="297" />
        <source>Escalate the selected tickets to an office</source>
        <translation>将所选工单提交督办部门</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="298" />
        <source>Refer the selected tickets to the discipline commission, the organization department or the supervision office (督办)</source>
        <translation>将所选工单提交纪委、组织部或市政府督查室督办</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="306" />
        <source>Mark &amp;disputed…</source>
        <translation>标记争议(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="315" />
        <source>Mark the ticket disputed</source>
        <translation>将工单标记为管辖争议</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="319" />
        <source>C&amp;lear disputed…</source>
        <translation>取消争议标记(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="326" />
        <source>Clear the disputed mark</source>
        <translation>取消争议标记</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="330" />
        <source>&amp;Coordinate (协调)…</source>
        <translation>协调(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="338" />
        <source>Rule on a dispute: lead unit and co-units</source>
        <translation>裁定争议：主办单位与协办单位</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="339" />
        <source>Rule on a dispute: send the ticket to a lead unit (主办) with co-units (协办)</source>
        <translation>裁定争议：将工单派给主办单位，并指定协办单位</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="346" />
        <source>E&amp;xtend deadline (延期)…</source>
        <translation>延期(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="354" />
        <source>Extend an open deadline of the ticket</source>
        <translation>延长工单在办时限</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="358" />
        <source>Add &amp;note…</source>
        <translation>添加备注(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="367" />
        <source>Add a note to the selected tickets</source>
        <translation>为所选工单添加备注</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="372" />
        <source>Escalation &amp;register</source>
        <translation>督办台账(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="378" />
        <source>Show the escalation register</source>
        <translation>打开督办台账</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="383" />
        <source>&amp;Copy number</source>
        <translation>复制工单号(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="386" />
        <source>Copy the chosen ticket's number</source>
        <translation>复制所选工单的工单号</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="390" />
        <source>&amp;Open detail</source>
        <translation>打开详情(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="393" />
        <source>Show the chosen ticket's detail (Enter)</source>
        <translation>显示所选工单的详情（回车）</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="398" />
        <source>&amp;Change supervisor on duty…</source>
        <translation>更换值班督办员(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="404" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="408" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="410" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="415" />
        <source>Move through the board</source>
        <translation>在看板中移动</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="416" />
        <source>Select several tickets</source>
        <translation>选择多张工单</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="417" />
        <source>Open the selected ticket's detail</source>
        <translation>打开所选工单详情</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="418" />
        <source>The selected tickets' actions</source>
        <translation>所选工单的操作菜单</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="419" />
        <source>Clear the search (in the search box)</source>
        <translation>清除搜索（在搜索框中）</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <location filename="../../widgets/assessment_model.py" line="35" />
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_model.py" line="36" />
        <source>Unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_model.py" line="37" />
        <source>Score</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_model.py" line="38" />
        <source>Dispatched</source>
        <translation>派单</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_model.py" line="39" />
        <source>Signed on time</source>
        <translation>按时签收率</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_model.py" line="40" />
        <source>Replied on time</source>
        <translation>按时回复率</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_model.py" line="41" />
        <source>Closed on time</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_model.py" line="42" />
        <source>Satisfied</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_model.py" line="43" />
        <source>Returns</source>
        <translation>退单</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_model.py" line="44" />
        <source>Escalations</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_model.py" line="45" />
        <source>Overdue at end</source>
        <translation>期末超时</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_model.py" line="130" />
        <source>%1 signed, %2 of them late</source>
        <translation>签收 %1 件，其中超时 %2 件</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_model.py" line="133" />
        <source>%1 replied, %2 of them late</source>
        <translation>回复 %1 件，其中超时 %2 件</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_model.py" line="137" />
        <source>%1 closed, %2 with a late deadline</source>
        <translation>办结 %1 件，其中有超时时限 %2 件</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_model.py" line="140" />
        <source>%1 of %2 return visits satisfied or basic</source>
        <translation>回访 %2 件，满意或基本满意 %1 件</translation>
    </message>
</context>
<context>
    <name>AssessmentWindow</name>
    <message>
        <location filename="../../widgets/assessment_view.py" line="222" />
        <source>Assessment</source>
        <translation>统一考核</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_view.py" line="226" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_view.py" line="226" />
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_view.py" line="226" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_view.py" line="227" />
        <source>Range</source>
        <translation>自选时段</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_view.py" line="231" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_view.py" line="232" />
        <source>Show on board</source>
        <translation>在看板中查看</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_view.py" line="233" />
        <source>Filter the board to the chosen unit's tickets</source>
        <translation>看板只显示所选单位的工单</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_view.py" line="234" />
        <source>First day</source>
        <translation>起始日</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_view.py" line="235" />
        <source>Last day (included)</source>
        <translation>截止日（含）</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_view.py" line="241" />
        <source>Choose a unit to see its score week by week</source>
        <translation>选择一个单位，查看其逐周得分</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_view.py" line="244" />
        <source>%1: score over the last %2 weeks</source>
        <translation>%1：近 %2 周得分</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_view.py" line="274" />
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_view.py" line="303" />
        <source>%1 units, %2 to %3; score %4 for the center</source>
        <translation>%1 个单位，%2 至 %3；全中心得分 %4</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_view.py" line="313" />
        <source>The figures could not be read: %1</source>
        <translation>无法读取统计数据：%1</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../widgets/board_model.py" line="243" />
        <source>Returns (退单) · transfers (转办)</source>
        <translation>退单次数 · 转办次数</translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="248" />
        <source>Number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="248" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="248" />
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="248" />
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="249" />
        <source>Urgency</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="249" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="249" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="249" />
        <source>Unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="250" />
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="250" />
        <source>Ret. · Trf.</source>
        <translation>退单·转办</translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="250" />
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="273" />
        <source>at the center</source>
        <translation>在中心（待派单）</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../widgets/board_view.py" line="227" />
        <source>Hidden for want of room: widen the window</source>
        <translation>因空间不足已隐藏：加宽窗口即可显示</translation>
    </message>
    <message>
        <location filename="../../widgets/board_view.py" line="231" />
        <source>Standard column widths</source>
        <translation>标准列宽</translation>
    </message>
</context>
<context>
    <name>BulletinDialog</name>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="77" />
        <source>Supervision bulletin</source>
        <translation>督办通报</translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="93" />
        <source>From</source>
        <translation>起始日</translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="94" />
        <source>To (included)</source>
        <translation>截止日（含）</translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="95" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="98" />
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="120" />
        <source>Save the bulletin</source>
        <translation>保存督办通报</translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="121" />
        <source>PDF, to print (*.pdf);;CSV, the ranking (*.csv)</source>
        <translation>PDF，用于打印 (*.pdf);;CSV，考核排名 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="137" />
        <source>Counting the period's figures…</source>
        <translation>正在统计本期数据…</translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="152" />
        <source>Written: %1</source>
        <translation>已生成：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="157" />
        <source>The bulletin could not be written: %1</source>
        <translation>无法生成督办通报：%1</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <location filename="../../widgets/wall/charts_page.py" line="47" />
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/charts_page.py" line="54" />
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/charts_page.py" line="55" />
        <source>same weekday last week</source>
        <translation>上周同日</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/charts_page.py" line="56" />
        <source>Tickets per hour: %1  %2</source>
        <translation>每小时受理工单：%1  %2</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/charts_page.py" line="57" />
        <source>Tickets per hour: %1</source>
        <translation>每小时受理工单：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/charts_page.py" line="59" />
        <location filename="../../widgets/wall/charts_page.py" line="86" />
        <source>Missed deadlines per day, last 30 days (target: 0)</source>
        <translation>近 30 天每日逾期（目标：0）</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/charts_page.py" line="60" />
        <source>Units by missed deadlines this month</source>
        <translation>本月各单位逾期排名</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/charts_page.py" line="83" />
        <source>Missed deadlines per day since %1 (target: 0)</source>
        <translation>%1 以来每日逾期（目标：0）</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/charts_page.py" line="89" />
        <source>on time %1</source>
        <translation>按时率 %1</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <location filename="../../widgets/filter_bar.py" line="177" />
        <source>(nothing on the board yet)</source>
        <translation>（看板上还没有）</translation>
    </message>
</context>
<context>
    <name>ChoicePicker</name>
    <message>
        <location filename="../../widgets/filter_bar.py" line="103" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../widgets/banner.py" line="43" />
        <source>&lt;b&gt;Database connection lost&lt;/b&gt; at %1 — the board shows the tickets as last read and keeps counting down. Reconnecting automatically…</source>
        <translation>&lt;b&gt;数据库连接中断&lt;/b&gt;（%1）— 看板保留最后读取的工单并继续倒计时，正在自动重连…</translation>
    </message>
    <message>
        <location filename="../../widgets/banner.py" line="50" />
        <source>Details…</source>
        <translation>详细信息…</translation>
    </message>
    <message>
        <location filename="../../widgets/banner.py" line="57" />
        <source>The connection to the database was lost at %1.</source>
        <translation>与数据库的连接于 %1 中断。</translation>
    </message>
    <message>
        <location filename="../../widgets/banner.py" line="58" />
        <source>Database connection lost</source>
        <translation>数据库连接中断</translation>
    </message>
</context>
<context>
    <name>CoordinateDialog</name>
    <message>
        <location filename="../../widgets/coordinate_dialog.py" line="72" />
        <source>Coordinate a dispute (协调)</source>
        <translation>协调争议工单</translation>
    </message>
    <message>
        <location filename="../../widgets/coordinate_dialog.py" line="75" />
        <source>Ticket %1 — %2</source>
        <translation>工单 %1 — %2</translation>
    </message>
    <message>
        <location filename="../../widgets/coordinate_dialog.py" line="79" />
        <source>The ticket is dispatched to the lead unit with new sign and on-site deadlines; the co-units help.</source>
        <translation>工单将派给主办单位并重新计算签收、到场时限；协办单位配合办理。</translation>
    </message>
    <message>
        <location filename="../../widgets/coordinate_dialog.py" line="86" />
        <location filename="../../widgets/coordinate_dialog.py" line="89" />
        <source>Search units…</source>
        <translation>搜索单位…</translation>
    </message>
    <message>
        <location filename="../../widgets/coordinate_dialog.py" line="95" />
        <source>The ruling, for the record (optional)</source>
        <translation>协调意见，留档备查（可不填）</translation>
    </message>
    <message>
        <location filename="../../widgets/coordinate_dialog.py" line="99" />
        <source>&amp;Coordinate</source>
        <translation>协调派单(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../widgets/coordinate_dialog.py" line="103" />
        <source>&amp;Lead unit (主办)</source>
        <translation>主办单位(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../widgets/coordinate_dialog.py" line="105" />
        <source>Co-&amp;units (协办)</source>
        <translation>协办单位(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../widgets/coordinate_dialog.py" line="114" />
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../widgets/coordinate_dialog.py" line="187" />
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字。</translation>
    </message>
    <message>
        <location filename="../../widgets/coordinate_dialog.py" line="189" />
        <source>Choose the lead unit to continue.</source>
        <translation>请选择主办单位后继续。</translation>
    </message>
    <message>
        <location filename="../../widgets/coordinate_dialog.py" line="192" />
        <source>Lead: %1 · co-units: %2</source>
        <translation>主办：%1 · 协办：%2</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <location filename="../../widgets/detail_models.py" line="71" />
        <source>Deadline</source>
        <translation>时限项</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_models.py" line="71" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_models.py" line="71" />
        <location filename="../../widgets/detail_models.py" line="90" />
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_models.py" line="71" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_models.py" line="72" />
        <source>Left / met</source>
        <translation>剩余 / 完成</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_models.py" line="111" />
        <location filename="../../widgets/detail_pane.py" line="206" />
        <source>late</source>
        <translation>超时</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../widgets/detail_pane.py" line="277" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="277" />
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="278" />
        <source>Accepted</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="278" />
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="279" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="279" />
        <source>Citizen</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="280" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="280" />
        <source>Lead unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="281" />
        <source>Co-units</source>
        <translation>协办单位</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="281" />
        <source>Returns / transfers</source>
        <translation>退单 / 转办</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="282" />
        <source>Urged (催办)</source>
        <translation>催办次数</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="283" />
        <source>Status</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="283" />
        <source>Escalations</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="287" />
        <source>Deadlines</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="288" />
        <source>Timeline</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="289" />
        <source>Details…</source>
        <translation>详细信息…</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="298" />
        <location filename="../../widgets/detail_pane.py" line="303" />
        <source>Select a ticket to see its details</source>
        <translation>选择一张工单查看详情</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="311" />
        <source>%1 is hidden by the current filters.
Clear them to see it again.</source>
        <translation>工单 %1 不在当前筛选结果中。
清除筛选即可再次看到。</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="318" />
        <source>Loading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="325" />
        <source>Ticket %1 could not be loaded.</source>
        <translation>工单 %1 无法读取。</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="332" />
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="343" />
        <source>Ticket %1 no longer exists</source>
        <translation>工单 %1 已不存在</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="360" />
        <source>at the center</source>
        <translation>在中心（待派单）</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="366" />
        <source>Closed %1</source>
        <translation>已办结 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="368" />
        <source>Open</source>
        <translation>办理中</translation>
    </message>
</context>
<context>
    <name>DutyDialog</name>
    <message>
        <location filename="../../widgets/duty_dialog.py" line="23" />
        <source>Supervisor on duty</source>
        <translation>值班督办员</translation>
    </message>
    <message>
        <location filename="../../widgets/duty_dialog.py" line="26" />
        <source>Your name signs every action you take in the console. It is asked once and remembered on this workstation.</source>
        <translation>您的姓名将签署您在督办台上的每一项操作，只需填写一次，本机会记住。</translation>
    </message>
    <message>
        <location filename="../../widgets/duty_dialog.py" line="32" />
        <source>Name, e.g. 李娜</source>
        <translation>姓名，例如 李娜</translation>
    </message>
    <message>
        <location filename="../../widgets/duty_dialog.py" line="37" />
        <location filename="../../widgets/duty_dialog.py" line="55" />
        <source>Type your name to continue.</source>
        <translation>请填写姓名后继续。</translation>
    </message>
    <message>
        <location filename="../../widgets/duty_dialog.py" line="57" />
        <source>A name new to this center joins as a viewer: it sees the board but cannot act until a supervisor gives it the role (staff add NAME --role supervisor).</source>
        <translation>本中心新出现的姓名以只读身份加入：可查看看板，须由督办员授予督办权限（staff add 姓名 --role supervisor）后才能操作。</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../widgets/empty_state.py" line="50" />
        <source>Reading the board…</source>
        <translation>正在读取看板…</translation>
    </message>
    <message>
        <location filename="../../widgets/empty_state.py" line="53" />
        <source>No open tickets</source>
        <translation>没有在办工单</translation>
    </message>
    <message>
        <location filename="../../widgets/empty_state.py" line="56" />
        <source>Tickets appear here as soon as they are imported. Import a feed with File → Import feed…, run “python main.py import FILE”, or see a working center at once with “python main.py --demo”.</source>
        <translation>工单导入后立即显示在这里。可通过“文件 → 导入工单数据…”导入，或运行“python main.py import 文件”；想马上看到一个运转中的中心，请运行“python main.py --demo”。</translation>
    </message>
    <message>
        <location filename="../../widgets/empty_state.py" line="61" />
        <source>Import feed…</source>
        <translation>导入工单数据…</translation>
    </message>
    <message>
        <location filename="../../widgets/empty_state.py" line="63" />
        <source>No ticket matches these filters</source>
        <translation>没有符合筛选条件的工单</translation>
    </message>
    <message>
        <location filename="../../widgets/empty_state.py" line="64" />
        <source>Change the filters or the search, or show every ticket.</source>
        <translation>请调整筛选或搜索条件，或显示全部工单。</translation>
    </message>
    <message>
        <location filename="../../widgets/empty_state.py" line="65" />
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../widgets/errors.py" line="12" />
        <source>The database server does not answer. Check the network and that the server is running; the console keeps trying.</source>
        <translation>数据库服务器没有响应。请检查网络以及服务器是否在运行；督办台会继续自动重试。</translation>
    </message>
    <message>
        <location filename="../../widgets/errors.py" line="15" />
        <source>The database refused the user name or password the console signs in with.</source>
        <translation>数据库拒绝了督办台登录所用的用户名或密码。</translation>
    </message>
    <message>
        <location filename="../../widgets/errors.py" line="17" />
        <source>The database named in the connection settings does not exist.</source>
        <translation>连接设置中指定的数据库不存在。</translation>
    </message>
    <message>
        <location filename="../../widgets/errors.py" line="19" />
        <source>The database file is busy with another program. Try again in a moment.</source>
        <translation>数据库文件正被其他程序占用，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../widgets/errors.py" line="21" />
        <source>The file is not a database of this console, or it is damaged.</source>
        <translation>该文件不是督办台的数据库，或已损坏。</translation>
    </message>
    <message>
        <location filename="../../widgets/errors.py" line="23" />
        <source>The database file cannot be opened: check that its folder exists and that this account may write there.</source>
        <translation>无法打开数据库文件：请检查所在文件夹是否存在，以及当前账户是否有写入权限。</translation>
    </message>
    <message>
        <location filename="../../widgets/errors.py" line="26" />
        <source>The database address (--db) is not one this console can use.</source>
        <translation>数据库地址（--db）不是督办台可以使用的地址。</translation>
    </message>
    <message>
        <location filename="../../widgets/errors.py" line="28" />
        <source>The database reported an error. The details say which.</source>
        <translation>数据库报告了一个错误，详细信息中有具体说明。</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../widgets/escalate_dialog.py" line="92" />
        <source>Escalate (督办)</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../widgets/escalate_dialog.py" line="109" />
        <source>Choose the reason…</source>
        <translation>请选择督办原因…</translation>
    </message>
    <message>
        <location filename="../../widgets/escalate_dialog.py" line="113" />
        <source>What the office should know (optional)</source>
        <translation>需要督办部门了解的情况（可不填）</translation>
    </message>
    <message>
        <location filename="../../widgets/escalate_dialog.py" line="115" />
        <source>&amp;Office</source>
        <translation>督办部门(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../widgets/escalate_dialog.py" line="116" />
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../widgets/escalate_dialog.py" line="117" />
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../widgets/escalate_dialog.py" line="139" />
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../widgets/escalate_dialog.py" line="140" />
        <source>&amp;Next…</source>
        <translation>下一步(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../widgets/escalate_dialog.py" line="141" />
        <location filename="../../widgets/escalate_dialog.py" line="231" />
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../widgets/escalate_dialog.py" line="161" />
        <source>Ticket %1 — %2</source>
        <translation>工单 %1 — %2</translation>
    </message>
    <message>
        <location filename="../../widgets/escalate_dialog.py" line="162" />
        <source>%1 tickets: %2</source>
        <translation>%1 张工单：%2</translation>
    </message>
    <message>
        <location filename="../../widgets/escalate_dialog.py" line="186" />
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字。</translation>
    </message>
    <message>
        <location filename="../../widgets/escalate_dialog.py" line="188" />
        <source>Choose the reason for the escalation.</source>
        <translation>请选择督办原因后继续。</translation>
    </message>
    <message>
        <location filename="../../widgets/escalate_dialog.py" line="223" />
        <source>I have checked: send %1 escalations</source>
        <translation>已核对：发送 %1 件督办</translation>
    </message>
    <message>
        <location filename="../../widgets/escalate_dialog.py" line="226" />
        <source>&amp;Send %1</source>
        <translation>发送 %1 件(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../widgets/escalate_dialog.py" line="247" />
        <source>Escalate %1 tickets to %2</source>
        <translation>将 %1 张工单督办至%2</translation>
    </message>
    <message>
        <location filename="../../widgets/escalate_dialog.py" line="248" />
        <source>Escalate ticket %1 to %2</source>
        <translation>将工单 %1 督办至%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/escalate_dialog.py" line="257" />
        <location filename="../../widgets/escalate_dialog.py" line="279" />
        <source>… and %n more ticket(s)</source>
        <translation>
            <numerusform>… 另有 %n 张</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/escalate_dialog.py" line="260" />
        <source>Warning: %n of these tickets do not match the reason “%1”: %2</source>
        <translation>
            <numerusform>注意：其中 %n 张工单与督办原因“%1”不符：%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/escalate_dialog.py" line="264" />
        <source>Warning: this ticket does not match the reason “%1”.</source>
        <translation>注意：该工单与督办原因“%1”不符。</translation>
    </message>
    <message>
        <location filename="../../widgets/escalate_dialog.py" line="271" />
        <source>at the center</source>
        <translation>在中心（待派单）</translation>
    </message>
    <message>
        <location filename="../../widgets/escalate_dialog.py" line="285" />
        <source>The following will be sent to &lt;b&gt;%1&lt;/b&gt; and entered in the escalation register:</source>
        <translation>以下内容将发送至&lt;b&gt;%1&lt;/b&gt;，并登记到督办台账：</translation>
    </message>
    <message>
        <location filename="../../widgets/escalate_dialog.py" line="288" />
        <source>Each ticket gets its own escalation; the office answers within its response time.</source>
        <translation>每张工单分别登记一件督办；督办部门须在答复时限内答复。</translation>
    </message>
    <message>
        <location filename="../../widgets/escalate_dialog.py" line="290" />
        <source>Reason:</source>
        <translation>督办原因：</translation>
    </message>
    <message>
        <location filename="../../widgets/escalate_dialog.py" line="290" />
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../widgets/escalate_dialog.py" line="291" />
        <source>Signed:</source>
        <translation>签发人：</translation>
    </message>
</context>
<context>
    <name>EscalationsPage</name>
    <message>
        <location filename="../../widgets/wall/escalations_page.py" line="144" />
        <source>Escalations</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/escalations_page.py" line="152" />
        <source>None open</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/escalations_page.py" line="170" />
        <source>%1 open</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/escalations_page.py" line="174" />
        <source>+%1 more</source>
        <translation>另有 %1 件</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/escalations_page.py" line="179" />
        <source>open %1</source>
        <translation>已督办 %1</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../widgets/extend_dialog.py" line="42" />
        <source>Extend a deadline (延期)</source>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../../widgets/extend_dialog.py" line="46" />
        <source>Ticket %1 — %2</source>
        <translation>工单 %1 — %2</translation>
    </message>
    <message>
        <location filename="../../widgets/extend_dialog.py" line="52" />
        <source>%1 — due %2</source>
        <translation>%1 — 时限 %2</translation>
    </message>
    <message>
        <location filename="../../widgets/extend_dialog.py" line="64" />
        <source>Why the unit gets more time</source>
        <translation>准予延期的理由</translation>
    </message>
    <message>
        <location filename="../../widgets/extend_dialog.py" line="66" />
        <source>&amp;Extend</source>
        <translation>批准延期(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../widgets/extend_dialog.py" line="69" />
        <source>&amp;Deadline</source>
        <translation>时限项(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../widgets/extend_dialog.py" line="70" />
        <source>New &amp;due time</source>
        <translation>新的时限(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../widgets/extend_dialog.py" line="71" />
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../widgets/extend_dialog.py" line="117" />
        <source>The ticket has no open deadline.</source>
        <translation>该工单没有在办时限。</translation>
    </message>
    <message>
        <location filename="../../widgets/extend_dialog.py" line="119" />
        <source>The new due time must be later than the deadline now.</source>
        <translation>新的时限必须晚于当前时限。</translation>
    </message>
    <message>
        <location filename="../../widgets/extend_dialog.py" line="121" />
        <source>Give the reason to continue.</source>
        <translation>请填写理由后继续。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../widgets/filter_bar.py" line="282" />
        <source>Search number, title or address  (Ctrl+F)</source>
        <translation>搜索工单号、标题或地址（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="285" />
        <source>Unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="285" />
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="285" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="285" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="286" />
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="290" />
        <source>Clear all filters</source>
        <translation>清除全部筛选</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="291" />
        <source>Save these filters as a view</source>
        <translation>将当前筛选保存为常用视图</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="292" />
        <source>Delete the chosen view</source>
        <translation>删除所选视图</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="346" />
        <location filename="../../widgets/filter_bar.py" line="380" />
        <source>All tickets</source>
        <translation>全部工单</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="371" />
        <source>Missed a deadline today</source>
        <translation>今日有时限逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="382" />
        <source>Shows: %1</source>
        <translation>显示：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="406" />
        <source>Delete view</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="407" />
        <source>Delete the saved view “%1”?</source>
        <translation>删除已保存的视图“%1”？</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../widgets/import_job.py" line="68" />
        <source>The import stopped (exit code %1).</source>
        <translation>导入意外中止（退出码 %1）。</translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <location filename="../../widgets/wall/kpi_page.py" line="94" />
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/kpi_page.py" line="102" />
        <source>Due within 30 minutes</source>
        <translation>30 分钟内到期</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/kpi_page.py" line="159" />
        <source>counting…</source>
        <translation>统计中…</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/kpi_page.py" line="162" />
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/kpi_page.py" line="165" />
        <source>yesterday %1</source>
        <translation>昨日 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/kpi_page.py" line="178" />
        <source>urge %1</source>
        <translation>催办 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/kpi_page.py" line="178" />
        <source>escalate %1</source>
        <translation>督办 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/kpi_page.py" line="179" />
        <source>rule %1</source>
        <translation>协调 %1</translation>
    </message>
</context>
<context>
    <name>KpiStrip</name>
    <message>
        <location filename="../../widgets/kpi_strip.py" line="27" />
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <location filename="../../widgets/kpi_strip.py" line="28" />
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../widgets/kpi_strip.py" line="29" />
        <source>Critical</source>
        <translation>临期</translation>
    </message>
    <message>
        <location filename="../../widgets/kpi_strip.py" line="30" />
        <source>Overdue now</source>
        <translation>当前逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/kpi_strip.py" line="31" />
        <source>Shuffled</source>
        <translation>推诿扯皮</translation>
    </message>
    <message>
        <location filename="../../widgets/kpi_strip.py" line="32" />
        <source>Disputed</source>
        <translation>管辖争议</translation>
    </message>
    <message>
        <location filename="../../widgets/kpi_strip.py" line="33" />
        <source>Open escalations</source>
        <translation>督办中</translation>
    </message>
    <message>
        <location filename="../../widgets/kpi_strip.py" line="34" />
        <source>Overdue today</source>
        <translation>今日逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/kpi_strip.py" line="35" />
        <source>To act</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../widgets/kpi_strip.py" line="192" />
        <source>Deadlines due today (from midnight, center time) that were missed: still open past their due time, or met or ended after it. Compared with the whole of yesterday. Click to show those tickets still open.</source>
        <translation>今日（中心时间零点起）到期而未按时完成的时限：已过期仍未完成，或超时后才完成或终止。与昨日全天对比。点击显示其中仍在办的工单。</translation>
    </message>
    <message>
        <location filename="../../widgets/kpi_strip.py" line="196" />
        <source>Escalations still open. Click to show escalated tickets.</source>
        <translation>尚未办结的督办。点击显示被督办的工单。</translation>
    </message>
    <message>
        <location filename="../../widgets/kpi_strip.py" line="197" />
        <source>Steps the escalation ladder proposes (urge, escalate, rule). Click to show the To act queue.</source>
        <translation>督办阶梯建议的下一步（催办、督办、协调）。点击显示待办队列。</translation>
    </message>
    <message>
        <location filename="../../widgets/kpi_strip.py" line="199" />
        <source>Returned twice or more, sent to three or more units, or sent back to a unit that returned it (推诿扯皮)</source>
        <translation>退单两次及以上、派往三个及以上单位，或被派回曾退单的单位（推诿扯皮）</translation>
    </message>
    <message>
        <location filename="../../widgets/kpi_strip.py" line="248" />
        <source>yesterday %1</source>
        <translation>昨日 %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../widgets/labels.py" line="21" />
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="22" />
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="23" />
        <source>Critical</source>
        <translation>临期</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="24" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="27" />
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="28" />
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="29" />
        <location filename="../../widgets/labels.py" line="39" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="30" />
        <location filename="../../widgets/labels.py" line="40" />
        <source>Help</source>
        <translation>求助</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="31" />
        <location filename="../../widgets/labels.py" line="41" />
        <source>Report</source>
        <translation>举报</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="32" />
        <location filename="../../widgets/labels.py" line="42" />
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="33" />
        <location filename="../../widgets/labels.py" line="43" />
        <location filename="../../widgets/labels.py" line="93" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="37" />
        <source>Consult.</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="38" />
        <source>Suggest.</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="46" />
        <source>Sign</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="47" />
        <location filename="../../widgets/labels.py" line="59" />
        <source>On site</source>
        <translation>到场</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="48" />
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="51" />
        <source>running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="52" />
        <source>met</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="53" />
        <source>ended</source>
        <translation>已终止</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="56" />
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="57" />
        <source>Dispatched</source>
        <translation>派单</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="58" />
        <source>Signed</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="60" />
        <source>Replied</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="61" />
        <source>Closed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="62" />
        <source>Returned</source>
        <translation>退单</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="63" />
        <source>Transferred</source>
        <translation>转办</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="64" />
        <source>Reopened</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="65" />
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="66" />
        <source>Urged</source>
        <translation>催办</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="67" />
        <location filename="../../widgets/labels.py" line="99" />
        <source>Escalated</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="68" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="69" />
        <source>Marked disputed</source>
        <translation>标记争议</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="70" />
        <source>Dispute cleared</source>
        <translation>取消争议</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="71" />
        <source>Coordinated</source>
        <translation>协调派单</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="72" />
        <source>Extended</source>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="73" />
        <source>Office replied</source>
        <translation>部门答复</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="74" />
        <source>Escalation resolved</source>
        <translation>督办办结</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="75" />
        <source>Escalation withdrawn</source>
        <translation>督办撤回</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="76" />
        <source>Proposal dismissed</source>
        <translation>驳回建议</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="79" />
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="80" />
        <source>basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="81" />
        <source>unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="84" />
        <source>not our jurisdiction</source>
        <translation>非本单位职责</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="85" />
        <source>information missing</source>
        <translation>信息不全</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="86" />
        <source>other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="89" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="90" />
        <source>Web</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="91" />
        <source>App</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="92" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="96" />
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="97" />
        <source>Shuffled</source>
        <translation>推诿扯皮</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="98" />
        <source>Disputed</source>
        <translation>管辖争议</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="100" />
        <source>A step to act on (To act queue)</source>
        <translation>有待办的下一步（待办队列）</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="105" />
        <source>Urgent 急</source>
        <translation>急</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="106" />
        <source>Shuffled 推诿</source>
        <translation>推诿</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="107" />
        <source>Disputed 争议</source>
        <translation>争议</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="108" />
        <source>Escalated 督办</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="109" />
        <source>To act 待办</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="114" />
        <source>Discipline commission (纪委)</source>
        <translation>纪委</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="115" />
        <source>Organization dept. (组织部)</source>
        <translation>组织部</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="116" />
        <source>Supervision office (督查室)</source>
        <translation>市政府督查室</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="120" />
        <source>CDI 纪委</source>
        <translation>纪委</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="121" />
        <source>Org. dept 组织部</source>
        <translation>组织部</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="122" />
        <source>Sup. office 督查室</source>
        <translation>督查室</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="128" />
        <source>overdue</source>
        <translation>超期未办</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="129" />
        <source>shuffled between units</source>
        <translation>推诿扯皮</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="130" />
        <source>jurisdiction disputed</source>
        <translation>管辖争议</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="131" />
        <source>repeated complaints</source>
        <translation>重复投诉</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="132" />
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="135" />
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="136" />
        <source>acknowledged</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="137" />
        <source>resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="138" />
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="144" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="149" />
        <source>Urged×%1</source>
        <translation>催×%1</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="173" />
        <source>Escalated to %1</source>
        <translation>已提交%1督办</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="177" />
        <source>Urged %1 time(s)</source>
        <translation>已催办 %1 次</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="202" />
        <source>Met</source>
        <translation>待办结</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="203" />
        <source>No deadline</source>
        <translation>无时限</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="210" />
        <source>%1d</source>
        <translation>%1天</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="211" />
        <location filename="../../widgets/register_model.py" line="58" />
        <source>%1d %2</source>
        <translation>%1天%2</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="224" />
        <source>Every deadline met (the unit replied): waiting to be closed (待办结)</source>
        <translation>时限均已完成（承办单位已回复），等待办结</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="227" />
        <source>No deadline running (无时限): praise has no reply deadline; a reopened ticket's deadlines were met when it was closed</source>
        <translation>无进行中的时限：表扬类工单没有答复时限；重新办理的工单，其时限已在办结时完成</translation>
    </message>
</context>
<context>
    <name>LadderSection</name>
    <message>
        <location filename="../../widgets/detail_ladder.py" line="43" />
        <source>Ladder (督办阶梯)</source>
        <translation>督办阶梯</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_ladder.py" line="52" />
        <source>Proposed now: %1 — due since %2</source>
        <translation>当前建议：%1 — 自 %2 起应办</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_ladder.py" line="64" />
        <source>Escalated → %1 (%2)</source>
        <translation>督办至%1（%2）</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_ladder.py" line="72" />
        <source>Dismissed: %1 — %2</source>
        <translation>驳回：%1 — %2</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_ladder.py" line="74" />
        <source>Ruled: lead unit %1</source>
        <translation>协调：主办单位 %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/main_window.py" line="269" />
        <source>12345 Hotline Supervisor Console</source>
        <translation>12345 热线督办台</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="271" />
        <source>On duty: %1</source>
        <translation>值班：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="273" />
        <source>%1 (viewer: sees, does not act)</source>
        <translation>%1（只读：可查看，不能操作）</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="520" />
        <source>Reading the board…</source>
        <translation>正在读取看板…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="529" />
        <source>%1 open tickets</source>
        <translation>在办工单 %1 件</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="531" />
        <source>%1 of %2 tickets shown</source>
        <translation>显示 %1 / 共 %2 件</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="551" />
        <source>● %1 — reconnecting…</source>
        <translation>● %1 — 正在重连…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="554" />
        <source>● %1 — updated %2</source>
        <translation>● %1 — 更新于 %2</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="707" />
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="785" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="794" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="795" />
        <source>&lt;h3&gt;12345 Hotline Supervisor Console&lt;/h3&gt;&lt;p&gt;A live board of every open ticket with the countdown to its next deadline, for the supervisors of a 12345 government-service hotline command center.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;12345 热线督办台&lt;/h3&gt;&lt;p&gt;为 12345 政府服务热线指挥中心督办员提供的实时看板：每一件在办工单及其下一时限的倒计时。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="947" />
        <source>Save the supervision notice</source>
        <translation>保存督办通知单</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="947" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="964" />
        <source>The notice could not be written to %1: %2</source>
        <translation>督办通知单无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="967" />
        <source>Supervision notice</source>
        <translation>督办通知单</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="975" />
        <source>Notice written to %1</source>
        <translation>督办通知单已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="983" />
        <location filename="../../widgets/main_window.py" line="992" />
        <source>Import feed</source>
        <translation>导入工单数据</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="983" />
        <source>Feed files (*.jsonl *.json);;All files (*)</source>
        <translation>工单数据文件 (*.jsonl *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="992" />
        <source>An import is still running.</source>
        <translation>上一次导入尚未完成。</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="1002" />
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="1013" />
        <source>Imported %1 events, %2 duplicates, %3 rejected.</source>
        <translation>导入 %1 条事件，重复 %2 条，拒收 %3 条。</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="1018" />
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="1032" />
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="1032" />
        <source>… and %1 more lines</source>
        <translation>……另有 %1 行</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="1041" />
        <source>Every rejected line, with its reason, is kept in %1</source>
        <translation>所有被拒绝的行及其原因都保存在 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="1048" />
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="1050" />
        <source>The import stopped.</source>
        <translation>导入已中止。</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="1077" />
        <source>Bulletin written: %1</source>
        <translation>督办通报已生成：%1</translation>
    </message>
</context>
<context>
    <name>NotificationCenter</name>
    <message>
        <location filename="../../widgets/notify_center.py" line="136" />
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_center.py" line="137" />
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_center.py" line="139" />
        <source>Unacknowledged only</source>
        <translation>仅未确认</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_center.py" line="140" />
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_center.py" line="233" />
        <source>Acknowledge for the whole center (your name and the time)</source>
        <translation>为全中心确认（记录您的姓名和时间）</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_center.py" line="142" />
        <source>Open ticket</source>
        <translation>打开工单</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_center.py" line="143" />
        <source>Snooze</source>
        <translation>暂停提醒</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_center.py" line="144" />
        <source>No toasts or sounds for this ticket for a while</source>
        <translation>一段时间内不再为此工单弹窗或响铃</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_center.py" line="147" />
        <source>Stop snoozing</source>
        <translation>恢复提醒</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_center.py" line="149" />
        <source>%1 minutes</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_center.py" line="151" />
        <source>%1 hours</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_center.py" line="166" />
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_center.py" line="184" />
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_center.py" line="185" />
        <source>%1 (%2 unread)</source>
        <translation>%1（%2 条未读）</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_center.py" line="235" />
        <source>Only a supervisor may acknowledge: you are on duty as a viewer</source>
        <translation>只有督办员可以确认：您当前以查看者身份值班</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_center.py" line="271" />
        <source>%1 lines, %2 unacknowledged</source>
        <translation>%1 行，%2 条未确认</translation>
    </message>
</context>
<context>
    <name>NotificationDesk</name>
    <message>
        <location filename="../../widgets/notify_desk.py" line="116" />
        <source>Notification center (your unread notifications)</source>
        <translation>通知中心（您的未读通知）</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_desk.py" line="302" />
        <source>Notifications %1</source>
        <translation>通知 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_desk.py" line="300" />
        <location filename="../../widgets/notify_desk.py" line="303" />
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_desk.py" line="311" />
        <source>%1 is on duty as a viewer and cannot acknowledge.</source>
        <translation>%1 以查看者身份值班，不能确认。</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_desk.py" line="312" />
        <source>%1 is not on the staff list and cannot acknowledge: a supervisor adds them.</source>
        <translation>%1 不在值班人员名单上，不能确认：请督办员添加。</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_desk.py" line="314" />
        <source>That notification no longer exists.</source>
        <translation>该提醒已不存在。</translation>
    </message>
</context>
<context>
    <name>NotificationModel</name>
    <message>
        <location filename="../../widgets/notify_model.py" line="60" />
        <source>Raised</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_model.py" line="61" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_model.py" line="62" />
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_model.py" line="63" />
        <source>Unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_model.py" line="64" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_model.py" line="65" />
        <source>Acknowledged</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <location filename="../../widgets/notify_settings.py" line="56" />
        <source>Notification settings</source>
        <translation>通知设置</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_settings.py" line="57" />
        <source>Sound for critical and overdue notifications</source>
        <translation>临期和逾期通知响铃</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_settings.py" line="58" />
        <source>Test</source>
        <translation>试听</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_settings.py" line="59" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_settings.py" line="62" />
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_settings.py" line="65" />
        <source>Toasts stay for</source>
        <translation>弹窗停留</translation>
    </message>
</context>
<context>
    <name>NotificationTray</name>
    <message>
        <location filename="../../widgets/notify_tray.py" line="79" />
        <source>Show the console</source>
        <translation>显示督办台</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_tray.py" line="80" />
        <source>Notification center</source>
        <translation>通知中心</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_tray.py" line="81" />
        <source>Mute sounds</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_tray.py" line="88" />
        <source>%1 unacknowledged notifications</source>
        <translation>%1 条未确认通知</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_tray.py" line="90" />
        <source>No unacknowledged notifications</source>
        <translation>没有未确认的通知</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../widgets/notify_text.py" line="16" />
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_text.py" line="17" />
        <source>Shuffled</source>
        <translation>推诿扯皮</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_text.py" line="18" />
        <source>Disputed</source>
        <translation>管辖争议</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_text.py" line="19" />
        <source>Overdue at the office</source>
        <translation>督办单位逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_text.py" line="20" />
        <source>Proposal</source>
        <translation>建议操作</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_text.py" line="23" />
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_text.py" line="24" />
        <source>Critical</source>
        <translation>临期</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_text.py" line="25" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_text.py" line="29" />
        <source>%1 deadline nearing its due time at %2</source>
        <translation>%2的%1时限即将到期</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_text.py" line="30" />
        <source>%1 deadline critical at %2</source>
        <translation>%2的%1时限临期</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_text.py" line="31" />
        <source>%1 deadline overdue at %2</source>
        <translation>%2的%1时限已逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_text.py" line="32" />
        <source>Shuffled between units</source>
        <translation>在单位间推诿扯皮</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_text.py" line="33" />
        <source>Disputed: units disagree on jurisdiction</source>
        <translation>管辖争议：单位对职责有分歧</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_text.py" line="34" />
        <source>Escalation overdue at the office</source>
        <translation>督办事项在督办单位逾期未办</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_text.py" line="35" />
        <source>Proposed next step: see the To act queue</source>
        <translation>建议的下一步：见待办队列</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_text.py" line="39" />
        <source>%1 tickets reached warning</source>
        <translation>%1 件工单进入预警</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_text.py" line="40" />
        <source>%1 tickets became critical</source>
        <translation>%1 件工单临期</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_text.py" line="41" />
        <source>%1 tickets became overdue</source>
        <translation>%1 件工单逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_text.py" line="42" />
        <source>%1 tickets were shuffled</source>
        <translation>%1 件工单推诿扯皮</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_text.py" line="43" />
        <source>%1 tickets became disputed</source>
        <translation>%1 件工单出现管辖争议</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_text.py" line="44" />
        <source>%1 escalations overdue at the office</source>
        <translation>%1 件督办事项在督办单位逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_text.py" line="45" />
        <source>%1 new proposals to act on</source>
        <translation>%1 条新的待办建议</translation>
    </message>
</context>
<context>
    <name>ProposalDock</name>
    <message>
        <location filename="../../widgets/proposal_dock.py" line="215" />
        <source>To act (待办)</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dock.py" line="216" />
        <source>&amp;Dismiss…</source>
        <translation>驳回(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dock.py" line="217" />
        <source>Show &amp;ticket</source>
        <translation>查看工单(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dock.py" line="225" />
        <source>Working out the proposals…</source>
        <translation>正在计算建议…</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dock.py" line="227" />
        <source>Nothing to act on: the ladder proposes no step now.</source>
        <translation>暂无待办：督办阶梯目前没有建议。</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dock.py" line="229" />
        <source>%1 proposed steps, oldest first</source>
        <translation>%1 条建议，最早的在前</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dock.py" line="240" />
        <source>&amp;Act…</source>
        <translation>执行(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dock.py" line="243" />
        <source>A viewer sees the proposals and does not act</source>
        <translation>查看员只能查看建议，不能操作</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dock.py" line="246" />
        <source>Not this step: say why (kept on the ticket's timeline). It comes back only when the situation changes.</source>
        <translation>不采取这一步：请说明原因（记入工单时间线）。只有工单情况变化时才会再次建议。</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <location filename="../../widgets/proposal_model.py" line="73" />
        <source>Urge the unit (催办)</source>
        <translation>催办承办单位</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_model.py" line="78" />
        <source>Escalate to %1 (%2)</source>
        <translation>督办至%1（%2）</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_model.py" line="80" />
        <source>Rule: name a lead unit (协调)</source>
        <translation>协调：指定主办单位</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_model.py" line="88" />
        <source>Urge (催办)</source>
        <translation>催办</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_model.py" line="91" />
        <source>Escalate → %1</source>
        <translation>督办 → %1</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_model.py" line="92" />
        <source>Rule (协调)</source>
        <translation>协调</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_model.py" line="107" />
        <source>&amp;Urge…</source>
        <translation>催办(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_model.py" line="108" />
        <source>&amp;Escalate…</source>
        <translation>督办(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_model.py" line="109" />
        <source>&amp;Rule…</source>
        <translation>协调(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_model.py" line="119" />
        <source>%1 due %2, overdue %3</source>
        <translation>%1时限 %2 到期，已超 %3</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_model.py" line="124" />
        <source>Shuffled: %1 returns and transfers</source>
        <translation>推诿扯皮：退单和转办共 %1 次</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_model.py" line="129" />
        <source>Disputed since %1, no ruling</source>
        <translation>自 %1 起管辖争议，尚未协调</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_model.py" line="133" />
        <source>%1 tickets from the same citizen in %2 days: %3</source>
        <translation>同一市民 %2 天内 %1 张同类工单：%3</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_model.py" line="270" />
        <source>Ladder step: %1</source>
        <translation>阶梯步骤：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_model.py" line="273" />
        <source>due since %1</source>
        <translation>自 %1 起应办</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_model.py" line="296" />
        <source>at the center</source>
        <translation>在中心（待派单）</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_model.py" line="42" />
        <source>Due since</source>
        <translation>应办时间</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_model.py" line="43" />
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_model.py" line="44" />
        <source>Proposed step</source>
        <translation>建议步骤</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_model.py" line="45" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_model.py" line="46" />
        <source>Unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_model.py" line="47" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../widgets/refusals.py" line="35" />
        <source>You are on duty as a viewer: viewers see the board but cannot act.</source>
        <translation>您以只读身份值班：只能查看看板，不能操作。</translation>
    </message>
    <message>
        <location filename="../../widgets/refusals.py" line="39" />
        <source>This console's database connection may only read: it acts as a viewer.</source>
        <translation>本督办台的数据库连接只有读权限：只能查看。</translation>
    </message>
    <message>
        <location filename="../../widgets/refusals.py" line="43" />
        <source>The supervisor on duty is not known to the database. Change the supervisor on duty (Duty menu) and try again.</source>
        <translation>数据库中没有当前值班督办员。请在“值班”菜单更换值班督办员后重试。</translation>
    </message>
    <message>
        <location filename="../../widgets/refusals.py" line="49" />
        <source>There is no ticket %1.</source>
        <translation>没有工单 %1。</translation>
    </message>
    <message>
        <location filename="../../widgets/refusals.py" line="52" />
        <source>Ticket %1 is closed: only a note can be added to it.</source>
        <translation>工单 %1 已办结：只能添加备注。</translation>
    </message>
    <message>
        <location filename="../../widgets/refusals.py" line="59" />
        <source>There is no escalation %1.</source>
        <translation>没有督办 %1。</translation>
    </message>
    <message>
        <location filename="../../widgets/refusals.py" line="63" />
        <source>Escalation %1 is %2: that step no longer applies to it.</source>
        <translation>督办 %1 状态为“%2”：不能再做这一步。</translation>
    </message>
    <message>
        <location filename="../../widgets/refusals.py" line="71" />
        <source>The new time for %1 is earlier than its deadline now (%2): an extension only moves a deadline later.</source>
        <translation>%1 的新时限早于当前时限（%2）：延期只能推后时限。</translation>
    </message>
    <message>
        <location filename="../../widgets/refusals.py" line="82" />
        <source>Ticket %1 has no open %2 deadline to extend.</source>
        <translation>工单 %1 没有可延期的在办“%2”时限。</translation>
    </message>
    <message>
        <location filename="../../widgets/refusals.py" line="88" />
        <source>Ticket %1 already has an open escalation to this office, opened by %2 at %3.</source>
        <translation>工单 %1 已有提交该部门的督办未办结（%2 于 %3 提交）。</translation>
    </message>
    <message>
        <location filename="../../widgets/refusals.py" line="98" />
        <source>Ticket %1 changed since it was shown (another workstation or the feed wrote to it). Nothing was done; the fresh ticket is shown — look and act again.</source>
        <translation>工单 %1 在您查看后已有变化（其他工位或工单系统已更新）。本次操作未执行，已显示最新内容，请核对后重新操作。</translation>
    </message>
    <message>
        <location filename="../../widgets/refusals.py" line="107" />
        <source>There is no unit %1.</source>
        <translation>没有单位 %1。</translation>
    </message>
    <message>
        <location filename="../../widgets/refusals.py" line="111" />
        <source>Ticket %1 is at the center, not at a unit: there is no unit to urge. Dispatch it first.</source>
        <translation>工单 %1 在中心，尚未派给承办单位：没有可催办的单位。请先派单。</translation>
    </message>
    <message>
        <location filename="../../widgets/refusals.py" line="120" />
        <source>There is no office %1.</source>
        <translation>没有督办部门 %1。</translation>
    </message>
    <message>
        <location filename="../../widgets/refusals.py" line="125" />
        <source>Please check the field “%1”: it is empty or too long.</source>
        <translation>请检查“%1”：内容为空或过长。</translation>
    </message>
    <message>
        <location filename="../../widgets/refusals.py" line="132" />
        <source>The database did not take it: %1</source>
        <translation>数据库未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/refusals.py" line="140" />
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../widgets/refusals.py" line="141" />
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../widgets/refusals.py" line="142" />
        <source>text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../widgets/refusals.py" line="143" />
        <source>outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../widgets/refusals.py" line="144" />
        <source>new due time</source>
        <translation>新的时限</translation>
    </message>
    <message>
        <location filename="../../widgets/refusals.py" line="145" />
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/refusals.py" line="146" />
        <source>lead unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location filename="../../widgets/refusals.py" line="147" />
        <source>office</source>
        <translation>督办部门</translation>
    </message>
</context>
<context>
    <name>RegisterDock</name>
    <message>
        <location filename="../../widgets/register_dock.py" line="37" />
        <source>Escalation register (督办台账)</source>
        <translation>督办台账</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../widgets/register_model.py" line="122" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../widgets/register_model.py" line="122" />
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../widgets/register_model.py" line="122" />
        <source>Office</source>
        <translation>督办部门</translation>
    </message>
    <message>
        <location filename="../../widgets/register_model.py" line="122" />
        <source>Reason</source>
        <translation>督办原因</translation>
    </message>
    <message>
        <location filename="../../widgets/register_model.py" line="123" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/register_model.py" line="123" />
        <source>Unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location filename="../../widgets/register_model.py" line="123" />
        <source>Opened</source>
        <translation>督办时间</translation>
    </message>
    <message>
        <location filename="../../widgets/register_model.py" line="123" />
        <source>By</source>
        <translation>督办人</translation>
    </message>
    <message>
        <location filename="../../widgets/register_model.py" line="124" />
        <source>Office due</source>
        <translation>答复时限</translation>
    </message>
    <message>
        <location filename="../../widgets/register_model.py" line="124" />
        <source>Response</source>
        <translation>答复用时</translation>
    </message>
    <message>
        <location filename="../../widgets/register_model.py" line="124" />
        <source>Office's reply</source>
        <translation>部门答复</translation>
    </message>
    <message>
        <location filename="../../widgets/register_model.py" line="125" />
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../widgets/register_model.py" line="187" />
        <source>replied in %1</source>
        <translation>%1 内答复</translation>
    </message>
    <message>
        <location filename="../../widgets/register_model.py" line="195" />
        <source>overdue %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/register_model.py" line="196" />
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/register_model.py" line="209" />
        <source>Overdue at the office: no answer within its response time</source>
        <translation>督办部门逾期：未在答复时限内答复</translation>
    </message>
</context>
<context>
    <name>RegisterPane</name>
    <message>
        <location filename="../../widgets/register_pane.py" line="113" />
        <source>&amp;Office</source>
        <translation>督办部门(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../widgets/register_pane.py" line="113" />
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../widgets/register_pane.py" line="114" />
        <source>U&amp;nit</source>
        <translation>单位(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../widgets/register_pane.py" line="114" />
        <source>&amp;Period</source>
        <translation>时间(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../widgets/register_pane.py" line="116" />
        <source>All offices</source>
        <translation>全部督办部门</translation>
    </message>
    <message>
        <location filename="../../widgets/register_pane.py" line="118" />
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../widgets/register_pane.py" line="119" />
        <source>Still open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../widgets/register_pane.py" line="120" />
        <source>Overdue at the office</source>
        <translation>督办部门逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/register_pane.py" line="123" />
        <source>Any time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../widgets/register_pane.py" line="123" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../widgets/register_pane.py" line="124" />
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../widgets/register_pane.py" line="124" />
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../widgets/register_pane.py" line="125" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../widgets/register_pane.py" line="128" />
        <source>Record &amp;reply…</source>
        <translation>登记答复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../widgets/register_pane.py" line="129" />
        <source>Re&amp;solve…</source>
        <translation>办结(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../widgets/register_pane.py" line="130" />
        <source>&amp;Withdraw…</source>
        <translation>撤回(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../widgets/register_pane.py" line="131" />
        <source>&amp;Print notice…</source>
        <translation>打印督办通知单(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../widgets/register_pane.py" line="132" />
        <source>Show &amp;ticket</source>
        <translation>查看工单(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../widgets/register_pane.py" line="133" />
        <source>The office answered: record its reply (acknowledged)</source>
        <translation>督办部门已答复：登记答复（已受理）</translation>
    </message>
    <message>
        <location filename="../../widgets/register_pane.py" line="134" />
        <source>The matter is settled: record the outcome</source>
        <translation>事项已解决：登记办理结果</translation>
    </message>
    <message>
        <location filename="../../widgets/register_pane.py" line="135" />
        <source>Opened by mistake: withdraw it (never deleted)</source>
        <translation>误提交：撤回（不会删除）</translation>
    </message>
    <message>
        <location filename="../../widgets/register_pane.py" line="136" />
        <source>The supervision notice (督办通知单) as a PDF</source>
        <translation>督办通知单（PDF）</translation>
    </message>
    <message>
        <location filename="../../widgets/register_pane.py" line="153" />
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../widgets/register_pane.py" line="254" />
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / %2 件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/register_pane.py" line="255" />
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>共 %n 件督办</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/register_pane.py" line="257" />
        <source>%1 overdue at the office</source>
        <translation>%1 件督办部门逾期</translation>
    </message>
</context>
<context>
    <name>SaveViewDialog</name>
    <message>
        <location filename="../../widgets/view_dialog.py" line="37" />
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location filename="../../widgets/view_dialog.py" line="39" />
        <source>Save the filters in force as a view, to come back to them with one click or Ctrl+1…9.</source>
        <translation>把当前筛选条件保存为视图，之后点一下或按 Ctrl+1…9 即可回到这些条件。</translation>
    </message>
    <message>
        <location filename="../../widgets/view_dialog.py" line="54" />
        <source>Name of the view:</source>
        <translation>视图名称：</translation>
    </message>
    <message>
        <location filename="../../widgets/view_dialog.py" line="69" />
        <source>Type a name to save the view.</source>
        <translation>输入名称后即可保存视图。</translation>
    </message>
    <message>
        <location filename="../../widgets/view_dialog.py" line="71" />
        <source>A view of this name exists: saving replaces it.</source>
        <translation>已有同名视图：保存将替换它。</translation>
    </message>
</context>
<context>
    <name>Supervising</name>
    <message>
        <location filename="../../widgets/supervising.py" line="123" />
        <source>Ticket %1 — %2 (%3)</source>
        <translation>工单 %1 — %2（%3）</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="125" />
        <source>at the center</source>
        <translation>在中心（待派单）</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="126" />
        <source>%1 tickets: %2</source>
        <translation>%1 张工单：%2</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="136" />
        <source>Urge (催办)</source>
        <translation>催办</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="137" />
        <source>Words for the unit (optional): what is late and what is expected.</source>
        <translation>对承办单位的催办意见（可不填）：哪里超期、要求何时办结。</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="138" />
        <source>&amp;Urge</source>
        <translation>催办(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="190" />
        <source>Clear the disputed mark</source>
        <translation>取消争议标记</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="190" />
        <source>Mark disputed (争议)</source>
        <translation>标记管辖争议</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="191" />
        <source>Why the dispute is over (optional).</source>
        <translation>争议已解决的说明（可不填）。</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="192" />
        <source>Which units disagree, and about what (optional).</source>
        <translation>哪些单位对什么有争议（可不填）。</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="257" />
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="258" />
        <source>The note, kept on the ticket's timeline with your name:</source>
        <translation>备注将以您的姓名记入工单办理过程：</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="287" />
        <source>Dismiss the proposal</source>
        <translation>驳回建议</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="288" />
        <source>Why this step is not taken (kept on the ticket's timeline; the step comes back only when the ticket's situation changes):</source>
        <translation>不采取这一步的原因（记入工单时间线；只有工单情况变化时才会再次建议）：</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="290" />
        <source>&amp;Dismiss</source>
        <translation>驳回(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="291" />
        <source>%1 — proposed: %2</source>
        <translation>%1 — 建议：%2</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="308" />
        <source>Record the office's reply</source>
        <translation>登记部门答复</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="309" />
        <source>The office's reply, as received:</source>
        <translation>督办部门的答复（照录）：</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="310" />
        <source>Resolve the escalation</source>
        <translation>督办办结</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="311" />
        <source>The outcome (what the office did, what changed):</source>
        <translation>办理结果（督办部门做了什么、有何改变）：</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="312" />
        <source>Withdraw the escalation</source>
        <translation>撤回督办</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="313" />
        <source>Why it is withdrawn (a mistake is withdrawn, never deleted):</source>
        <translation>撤回原因（误提交的督办只能撤回，不会删除）：</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="316" />
        <source>Escalation %1 of ticket %2</source>
        <translation>工单 %2 的督办 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="361" />
        <source>Urge</source>
        <translation>催办</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="361" />
        <source>Escalate</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="362" />
        <source>Mark disputed</source>
        <translation>标记争议</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="362" />
        <source>Clear disputed</source>
        <translation>取消争议标记</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="363" />
        <source>Coordinate</source>
        <translation>协调</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="363" />
        <source>Extend a deadline</source>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="364" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="364" />
        <source>Office's reply</source>
        <translation>部门答复</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="365" />
        <source>Resolve</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="365" />
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="366" />
        <source>Dismiss</source>
        <translation>驳回</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/supervising.py" line="378" />
        <source>Urged %n ticket(s): %1</source>
        <translation>
            <numerusform>已催办 %n 张工单：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/supervising.py" line="382" />
        <source>Escalated %n ticket(s) to %1: %2</source>
        <translation>
            <numerusform>已将 %n 张工单提交%1督办：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/supervising.py" line="385" />
        <source>Noted on %n ticket(s): %1</source>
        <translation>
            <numerusform>已为 %n 张工单添加备注：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="387" />
        <source>%1 is marked disputed.</source>
        <translation>%1 已标记为管辖争议。</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="389" />
        <source>%1 is no longer marked disputed.</source>
        <translation>%1 已取消争议标记。</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="391" />
        <source>%1 is dispatched to %2 as lead unit.</source>
        <translation>%1 已派给主办单位 %2。</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="394" />
        <source>The deadline of %1 is extended.</source>
        <translation>%1 的时限已延期。</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="396" />
        <source>Escalation %1 is acknowledged with the office's reply.</source>
        <translation>督办 %1 已登记部门答复（已受理）。</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="399" />
        <source>Escalation %1 is resolved.</source>
        <translation>督办 %1 已办结。</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="401" />
        <source>Escalation %1 is withdrawn.</source>
        <translation>督办 %1 已撤回。</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="403" />
        <source>The proposal for %1 is dismissed.</source>
        <translation>%1 的建议已驳回。</translation>
    </message>
    <message>
        <location filename="../../widgets/supervising.py" line="407" />
        <source>Not done (%1):</source>
        <translation>未办理（%1）：</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../../widgets/text_dialog.py" line="68" />
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字。</translation>
    </message>
    <message>
        <location filename="../../widgets/text_dialog.py" line="70" />
        <source>Type the text to continue.</source>
        <translation>请填写内容后继续。</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../widgets/detail_models.py" line="160" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_models.py" line="160" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_models.py" line="160" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_models.py" line="161" />
        <source>Unit · note</source>
        <translation>单位 · 说明</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_models.py" line="176" />
        <source>%1, recorded %2</source>
        <translation>%1，记录于 %2</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_models.py" line="182" />
        <source>feed</source>
        <translation>系统接入</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_models.py" line="211" />
        <source>lead %1</source>
        <translation>主办 %1</translation>
    </message>
</context>
<context>
    <name>UrgentPage</name>
    <message>
        <location filename="../../widgets/wall/urgent_page.py" line="159" />
        <source>Most urgent tickets</source>
        <translation>最紧急工单</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/urgent_page.py" line="166" />
        <source>No ticket is in warning, critical or overdue now</source>
        <translation>当前没有预警、临期或逾期工单</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/urgent_page.py" line="187" />
        <source>+%1 more</source>
        <translation>另有 %1 件</translation>
    </message>
</context>
<context>
    <name>WallPage</name>
    <message>
        <location filename="../../widgets/wall/page.py" line="58" />
        <source>Reading the latest figures…</source>
        <translation>正在读取最新数据…</translation>
    </message>
</context>
<context>
    <name>WallWindow</name>
    <message>
        <location filename="../../widgets/wall/window.py" line="126" />
        <source>12345 Hotline Command Center · Supervision</source>
        <translation>12345 政府服务热线指挥中心 · 督办大屏</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/window.py" line="128" />
        <source> (demo)</source>
        <translation>（演示）</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/window.py" line="233" />
        <source>next in %1 s</source>
        <translation>%1 秒后翻页</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/window.py" line="244" />
        <source>● reconnecting</source>
        <translation>● 正在重连</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/window.py" line="246" />
        <source>● connecting</source>
        <translation>● 正在连接</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/window.py" line="248" />
        <source>● live</source>
        <translation>● 实时</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/window.py" line="260" />
        <source>Database connection lost at %1 — showing the figures as last read. Reconnecting automatically…</source>
        <translation>数据库连接于 %1 中断 — 显示最后读取的数据，正在自动重连…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../widgets/app.py" line="111" />
        <source>The policy cannot be used:
%1</source>
        <translation>无法使用办理规则：
%1</translation>
    </message>
    <message>
        <location filename="../../widgets/app.py" line="112" />
        <source>Policy</source>
        <translation>办理规则</translation>
    </message>
    <message>
        <location filename="../../widgets/app.py" line="125" />
        <source>The database cannot be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <location filename="../../widgets/app.py" line="126" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
</context>
</TS>