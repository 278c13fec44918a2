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
        <source>&amp;Refresh now</source>
        <translation>立即刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="198" />
        <source>Read the board again now</source>
        <translation>立即重新读取看板</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="202" />
        <source>&amp;Notification center</source>
        <translation>通知中心(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="207" />
        <source>Show or hide the notification center</source>
        <translation>显示或隐藏通知中心</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="211" />
        <source>Notification &amp;settings…</source>
        <translation>通知设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="214" />
        <source>Sound, volume and toasts</source>
        <translation>提示音、音量和弹窗</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="218" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="226" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="234" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="249" />
        <source>&amp;Change supervisor on duty…</source>
        <translation>更换值班督办员(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="255" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="259" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="261" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="266" />
        <source>Move through the board</source>
        <translation>在看板中移动</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="267" />
        <source>Open the selected ticket's detail</source>
        <translation>打开所选工单详情</translation>
    </message>
    <message>
        <location filename="../../widgets/action_table.py" line="268" />
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
        <location filename="../../widgets/assessment_view.py" line="196" />
        <source>Assessment</source>
        <translation>统一考核</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_view.py" line="200" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_view.py" line="200" />
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_view.py" line="200" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_view.py" line="201" />
        <source>Range</source>
        <translation>自选时段</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_view.py" line="205" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_view.py" line="206" />
        <source>Show on board</source>
        <translation>在看板中查看</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_view.py" line="207" />
        <source>Filter the board to the chosen unit's tickets</source>
        <translation>看板只显示所选单位的工单</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_view.py" line="208" />
        <source>First day</source>
        <translation>起始日</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_view.py" line="209" />
        <source>Last day (included)</source>
        <translation>截止日（含）</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_view.py" line="215" />
        <source>Choose a unit to see its score week by week</source>
        <translation>选择一个单位，查看其逐周得分</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_view.py" line="218" />
        <source>%1: score over the last %2 weeks</source>
        <translation>%1：近 %2 周得分</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_view.py" line="248" />
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_view.py" line="277" />
        <source>%1 units, %2 to %3; score %4 for the center</source>
        <translation>%1 个单位，%2 至 %3；全中心得分 %4</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_view.py" line="287" />
        <source>The figures could not be read: %1</source>
        <translation>无法读取统计数据：%1</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../widgets/board_model.py" line="166" />
        <source>Returns (退单) · transfers (转办)</source>
        <translation>退单次数 · 转办次数</translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="171" />
        <source>Number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="171" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="171" />
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="171" />
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="172" />
        <source>Urgency</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="172" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="172" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="172" />
        <source>Unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="173" />
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="173" />
        <source>Ret. · Trf.</source>
        <translation>退单·转办</translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="173" />
        <source>Flags</source>
        <translation>标记</translation>
    </message>
</context>
<context>
    <name>BulletinDialog</name>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="76" />
        <source>Supervision bulletin</source>
        <translation>督办通报</translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="92" />
        <source>From</source>
        <translation>起始日</translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="93" />
        <source>To (included)</source>
        <translation>截止日（含）</translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="94" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="97" />
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="119" />
        <source>Save the bulletin</source>
        <translation>保存督办通报</translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="120" />
        <source>PDF, to print (*.pdf);;CSV, the ranking (*.csv)</source>
        <translation>PDF，用于打印 (*.pdf);;CSV，考核排名 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="136" />
        <source>Counting the period's figures…</source>
        <translation>正在统计本期数据…</translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="151" />
        <source>Written: %1</source>
        <translation>已生成：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="156" />
        <source>The bulletin could not be written: %1</source>
        <translation>无法生成督办通报：%1</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <location filename="../../widgets/wall/charts_page.py" line="44" />
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/charts_page.py" line="51" />
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/charts_page.py" line="52" />
        <source>same weekday last week</source>
        <translation>上周同日</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/charts_page.py" line="53" />
        <source>Tickets per hour: %1  %2</source>
        <translation>每小时受理工单：%1  %2</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/charts_page.py" line="54" />
        <source>Missed deadlines per day, last 30 days (target: 0)</source>
        <translation>近 30 天每日逾期（目标：0）</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/charts_page.py" line="55" />
        <source>Units by missed deadlines this month</source>
        <translation>本月各单位逾期排名</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/charts_page.py" line="72" />
        <source>on time %1</source>
        <translation>按时率 %1</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <location filename="../../widgets/filter_bar.py" line="68" />
        <source>(nothing on the board yet)</source>
        <translation>（看板上还没有）</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../widgets/banner.py" line="33" />
        <source>&lt;b&gt;Database connection lost&lt;/b&gt; at %1 — the board shows the tickets as last read and keeps counting down. Reconnecting automatically…</source>
        <translation>&lt;b&gt;数据库连接中断&lt;/b&gt;（%1）— 看板保留最后读取的工单并继续倒计时，正在自动重连…</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <location filename="../../widgets/detail_models.py" line="63" />
        <source>Deadline</source>
        <translation>时限项</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_models.py" line="63" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_models.py" line="63" />
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_models.py" line="63" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_models.py" line="64" />
        <source>Left / met</source>
        <translation>剩余 / 完成</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../widgets/detail_pane.py" line="170" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="170" />
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="171" />
        <source>Accepted</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="171" />
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="172" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="172" />
        <source>Citizen</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="173" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="173" />
        <source>Lead unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="174" />
        <source>Co-units</source>
        <translation>协办单位</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="174" />
        <source>Returns / transfers</source>
        <translation>退单 / 转办</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="175" />
        <source>Status</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="175" />
        <source>Escalations</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="179" />
        <source>Deadlines</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="180" />
        <source>Timeline</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="187" />
        <source>Select a ticket to see its details</source>
        <translation>选择一张工单查看详情</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="195" />
        <source>%1 is hidden by the current filters.
Clear them to see it again.</source>
        <translation>工单 %1 不在当前筛选结果中。
清除筛选即可再次看到。</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="202" />
        <source>Loading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="207" />
        <source>Could not load %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="215" />
        <source>Ticket %1 no longer exists</source>
        <translation>工单 %1 已不存在</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="231" />
        <source>at the center</source>
        <translation>在中心（待派单）</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="236" />
        <source>Closed %1</source>
        <translation>已办结 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_pane.py" line="238" />
        <source>Open</source>
        <translation>办理中</translation>
    </message>
</context>
<context>
    <name>DutyDialog</name>
    <message>
        <location filename="../../widgets/duty_dialog.py" line="22" />
        <source>Supervisor on duty</source>
        <translation>值班督办员</translation>
    </message>
    <message>
        <location filename="../../widgets/duty_dialog.py" line="25" />
        <source>Your name signs every action you take in the console. It is asked once and remembered on this workstation.</source>
        <translation>您的姓名将签署您在督办台上的每一项操作，只需填写一次，本机会记住。</translation>
    </message>
    <message>
        <location filename="../../widgets/duty_dialog.py" line="31" />
        <source>Name, e.g. 李娜</source>
        <translation>姓名，例如 李娜</translation>
    </message>
    <message>
        <location filename="../../widgets/duty_dialog.py" line="35" />
        <source>Type your name to continue.</source>
        <translation>请填写姓名后继续。</translation>
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
    <name>EscalationsPage</name>
    <message>
        <location filename="../../widgets/wall/escalations_page.py" line="123" />
        <source>Escalations</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/escalations_page.py" line="131" />
        <source>None open</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/escalations_page.py" line="149" />
        <source>%1 open</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/escalations_page.py" line="153" />
        <source>+%1 more</source>
        <translation>另有 %1 件</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/escalations_page.py" line="158" />
        <source>open %1</source>
        <translation>已督办 %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../widgets/filter_bar.py" line="165" />
        <source>Search number, title or address  (Ctrl+F)</source>
        <translation>搜索工单号、标题或地址（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="168" />
        <source>Unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="168" />
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="168" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="168" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="169" />
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="173" />
        <source>Clear all filters</source>
        <translation>清除全部筛选</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="174" />
        <source>Save these filters as a view</source>
        <translation>将当前筛选保存为常用视图</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="175" />
        <source>Delete the chosen view</source>
        <translation>删除所选视图</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="220" />
        <source>All tickets</source>
        <translation>全部工单</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="243" />
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="243" />
        <source>Name of the view:</source>
        <translation>视图名称：</translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <location filename="../../widgets/wall/kpi_page.py" line="73" />
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/kpi_page.py" line="81" />
        <source>Due within 30 minutes</source>
        <translation>30 分钟内到期</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/kpi_page.py" line="118" />
        <source>counting…</source>
        <translation>统计中…</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/kpi_page.py" line="121" />
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/kpi_page.py" line="124" />
        <source>yesterday %1</source>
        <translation>昨日 %1</translation>
    </message>
</context>
<context>
    <name>KpiStrip</name>
    <message>
        <location filename="../../widgets/kpi_strip.py" line="21" />
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <location filename="../../widgets/kpi_strip.py" line="22" />
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../widgets/kpi_strip.py" line="23" />
        <source>Critical</source>
        <translation>临期</translation>
    </message>
    <message>
        <location filename="../../widgets/kpi_strip.py" line="24" />
        <source>Overdue now</source>
        <translation>当前逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/kpi_strip.py" line="25" />
        <source>Shuffled</source>
        <translation>推诿扯皮</translation>
    </message>
    <message>
        <location filename="../../widgets/kpi_strip.py" line="26" />
        <source>Disputed</source>
        <translation>管辖争议</translation>
    </message>
    <message>
        <location filename="../../widgets/kpi_strip.py" line="27" />
        <source>Open escalations</source>
        <translation>督办中</translation>
    </message>
    <message>
        <location filename="../../widgets/kpi_strip.py" line="28" />
        <source>Overdue today</source>
        <translation>今日逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/kpi_strip.py" line="143" />
        <source>Deadlines due today (from midnight, center time) that were missed: still open past their due time, or met or ended after it. Compared with the whole of yesterday. Click to show the tickets overdue now.</source>
        <translation>今日（中心时间零点起）到期而未按时完成的时限：已过期仍未完成，或超时后才完成或终止。与昨日全天对比。点击显示当前逾期的工单。</translation>
    </message>
    <message>
        <location filename="../../widgets/kpi_strip.py" line="147" />
        <source>Escalations still open. Click to show escalated tickets.</source>
        <translation>尚未办结的督办。点击显示被督办的工单。</translation>
    </message>
    <message>
        <location filename="../../widgets/kpi_strip.py" line="148" />
        <source>Returned twice or more, sent to three or more units, or sent back to a unit that returned it (推诿扯皮)</source>
        <translation>退单两次及以上、派往三个及以上单位，或被派回曾退单的单位（推诿扯皮）</translation>
    </message>
    <message>
        <location filename="../../widgets/kpi_strip.py" line="164" />
        <source>%1 yesterday</source>
        <translation>昨日 %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../widgets/labels.py" line="20" />
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="21" />
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="22" />
        <source>Critical</source>
        <translation>临期</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="23" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="26" />
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="27" />
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="28" />
        <location filename="../../widgets/labels.py" line="38" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="29" />
        <location filename="../../widgets/labels.py" line="39" />
        <source>Help</source>
        <translation>求助</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="30" />
        <location filename="../../widgets/labels.py" line="40" />
        <source>Report</source>
        <translation>举报</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="31" />
        <location filename="../../widgets/labels.py" line="41" />
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="32" />
        <location filename="../../widgets/labels.py" line="42" />
        <location filename="../../widgets/labels.py" line="85" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="36" />
        <source>Consult.</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="37" />
        <source>Suggest.</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="45" />
        <source>Sign</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="46" />
        <location filename="../../widgets/labels.py" line="58" />
        <source>On site</source>
        <translation>到场</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="47" />
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="50" />
        <source>running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="51" />
        <source>met</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="52" />
        <source>ended</source>
        <translation>已终止</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="55" />
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="56" />
        <source>Dispatched</source>
        <translation>派单</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="57" />
        <source>Signed</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="59" />
        <source>Replied</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="60" />
        <source>Closed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="61" />
        <source>Returned</source>
        <translation>退单</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="62" />
        <source>Transferred</source>
        <translation>转办</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="63" />
        <source>Reopened</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="64" />
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="65" />
        <source>Urged</source>
        <translation>催办</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="66" />
        <location filename="../../widgets/labels.py" line="91" />
        <source>Escalated</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="67" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="68" />
        <source>Marked disputed</source>
        <translation>标记争议</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="71" />
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="72" />
        <source>basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="73" />
        <source>unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="76" />
        <source>not our jurisdiction</source>
        <translation>非本单位职责</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="77" />
        <source>information missing</source>
        <translation>信息不全</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="78" />
        <source>other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="81" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="82" />
        <source>Web</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="83" />
        <source>App</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="84" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="88" />
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="89" />
        <source>Shuffled</source>
        <translation>推诿扯皮</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="90" />
        <source>Disputed</source>
        <translation>管辖争议</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="95" />
        <source>URG</source>
        <translation>急</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="96" />
        <source>SHF</source>
        <translation>推诿</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="97" />
        <source>DSP</source>
        <translation>争议</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="98" />
        <source>ESC</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="101" />
        <source>Discipline inspection commission</source>
        <translation>纪委</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="102" />
        <source>Organization department</source>
        <translation>组织部</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="103" />
        <source>Government supervision office</source>
        <translation>市政府督查室</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="106" />
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="107" />
        <source>acknowledged</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="108" />
        <source>resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="109" />
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="136" />
        <source>%1d</source>
        <translation>%1天</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="137" />
        <source>%1d %2</source>
        <translation>%1天%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/main_window.py" line="165" />
        <source>12345 Hotline Supervisor Console</source>
        <translation>12345 热线督办台</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="167" />
        <source>On duty: %1</source>
        <translation>值班：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="249" />
        <source>%1 open tickets</source>
        <translation>在办工单 %1 件</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="251" />
        <source>%1 of %2 tickets shown</source>
        <translation>显示 %1 / 共 %2 件</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="269" />
        <source>● %1 — reconnecting…</source>
        <translation>● %1 — 正在重连…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="272" />
        <source>● %1 — updated %2</source>
        <translation>● %1 — 更新于 %2</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="390" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="391" />
        <source>The new language is used from the next start of the console.</source>
        <translation>新语言将在下次启动督办台时生效。</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="428" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="437" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="438" />
        <source>&lt;h3&gt;12345 Hotline Supervisor Console&lt;/h3&gt;&lt;p&gt;A live board of every open ticket with the countdown to its next deadline, for the supervisors of a 12345 government-service hotline command center.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;12345 热线督办台&lt;/h3&gt;&lt;p&gt;为 12345 政府服务热线指挥中心督办员提供的实时看板：每一件在办工单及其下一时限的倒计时。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="446" />
        <location filename="../../widgets/main_window.py" line="454" />
        <source>Import feed</source>
        <translation>导入工单数据</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="446" />
        <source>Feed files (*.jsonl *.json);;All files (*)</source>
        <translation>工单数据文件 (*.jsonl *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="454" />
        <source>An import is still running.</source>
        <translation>上一次导入尚未完成。</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="464" />
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="475" />
        <source>Imported %1 events, %2 duplicates, %3 rejected.</source>
        <translation>导入 %1 条事件，重复 %2 条，拒收 %3 条。</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="480" />
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="484" />
        <source>Rejected lines, with their reasons, are kept in:
%1</source>
        <translation>拒收的行及原因已保存在：
%1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="493" />
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="517" />
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
        <location filename="../../widgets/notify_center.py" line="141" />
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
        <location filename="../../widgets/notify_center.py" line="170" />
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_center.py" line="171" />
        <source>%1 (%2 unread)</source>
        <translation>%1（%2 条未读）</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_center.py" line="243" />
        <source>%1 lines, %2 unacknowledged</source>
        <translation>%1 行，%2 条未确认</translation>
    </message>
</context>
<context>
    <name>NotificationDesk</name>
    <message>
        <location filename="../../widgets/notify_desk.py" line="99" />
        <source>Notification center (your unread notifications)</source>
        <translation>通知中心（您的未读通知）</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_desk.py" line="174" />
        <source>Notifications %1</source>
        <translation>通知 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_desk.py" line="175" />
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
</context>
<context>
    <name>NotificationModel</name>
    <message>
        <location filename="../../widgets/notify_model.py" line="38" />
        <source>Raised</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_model.py" line="39" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_model.py" line="40" />
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_model.py" line="41" />
        <source>Unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_model.py" line="42" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_model.py" line="43" />
        <source>Acknowledged</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <location filename="../../widgets/notify_settings.py" line="60" />
        <source>Notification settings</source>
        <translation>通知设置</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_settings.py" line="61" />
        <source>Sound for critical and overdue notifications</source>
        <translation>临期和逾期通知响铃</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_settings.py" line="62" />
        <source>Test</source>
        <translation>试听</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_settings.py" line="63" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_settings.py" line="66" />
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_settings.py" line="69" />
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
        <location filename="../../widgets/notify_text.py" line="38" />
        <source>%1 tickets reached warning</source>
        <translation>%1 件工单进入预警</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_text.py" line="39" />
        <source>%1 tickets became critical</source>
        <translation>%1 件工单临期</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_text.py" line="40" />
        <source>%1 tickets became overdue</source>
        <translation>%1 件工单逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_text.py" line="41" />
        <source>%1 tickets were shuffled</source>
        <translation>%1 件工单推诿扯皮</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_text.py" line="42" />
        <source>%1 tickets became disputed</source>
        <translation>%1 件工单出现管辖争议</translation>
    </message>
    <message>
        <location filename="../../widgets/notify_text.py" line="43" />
        <source>%1 escalations overdue at the office</source>
        <translation>%1 件督办事项在督办单位逾期</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../widgets/detail_models.py" line="148" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_models.py" line="148" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_models.py" line="148" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_models.py" line="149" />
        <source>Unit · note</source>
        <translation>单位 · 说明</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_models.py" line="164" />
        <source>%1, recorded %2</source>
        <translation>%1，记录于 %2</translation>
    </message>
    <message>
        <location filename="../../widgets/detail_models.py" line="170" />
        <source>feed</source>
        <translation>系统接入</translation>
    </message>
</context>
<context>
    <name>UrgentPage</name>
    <message>
        <location filename="../../widgets/wall/urgent_page.py" line="130" />
        <source>Most urgent tickets</source>
        <translation>最紧急工单</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/urgent_page.py" line="137" />
        <source>No ticket is in warning, critical or overdue now</source>
        <translation>当前没有预警、临期或逾期工单</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/urgent_page.py" line="163" />
        <source>+%1 more</source>
        <translation>另有 %1 件</translation>
    </message>
</context>
<context>
    <name>WallPage</name>
    <message>
        <location filename="../../widgets/wall/page.py" line="57" />
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
        <location filename="../../widgets/wall/window.py" line="230" />
        <source>next in %1 s</source>
        <translation>%1 秒后翻页</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/window.py" line="241" />
        <source>● reconnecting</source>
        <translation>● 正在重连</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/window.py" line="243" />
        <source>● connecting</source>
        <translation>● 正在连接</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/window.py" line="245" />
        <source>● live</source>
        <translation>● 实时</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/window.py" line="257" />
        <source>Database connection lost at %1 — showing the figures as last read. Reconnecting automatically…</source>
        <translation>数据库连接于 %1 中断 — 显示最后读取的数据，正在自动重连…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../widgets/app.py" line="106" />
        <source>The policy cannot be used:
%1</source>
        <translation>无法使用办理规则：
%1</translation>
    </message>
    <message>
        <location filename="../../widgets/app.py" line="107" />
        <source>Policy</source>
        <translation>办理规则</translation>
    </message>
    <message>
        <location filename="../../widgets/app.py" line="120" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../widgets/app.py" line="119" />
        <source>The database cannot be opened:
%1</source>
        <translation>无法打开数据库：
%1</translation>
    </message>
</context>
</TS>