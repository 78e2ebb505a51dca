package readlisten

// Listening, Bậc 5: long, complex material: lecture extracts in Marxist–
// Leninist philosophy, political economy, scientific socialism, Hồ Chí
// Minh thought and party building; council sessions, interviews, class
// discussions and speeches; questions on gist, detail, inference, attitude
// and meaning in context.
func init() {
	marxLenin := []string{
		"Đảng Cộng sản Việt Nam lấy chủ nghĩa Mác - Lê-nin và tư tưởng Hồ Chí Minh làm nền tảng tư tưởng, kim chỉ nam cho hành động.",
		"Đảng Cộng sản Việt Nam lấy chủ nghĩa Mác - Lê Nin và tư tưởng Hồ Chí Minh làm nền tảng tư tưởng, kim chỉ nam cho hành động.",
	}
	allListenLevels = append(allListenLevels, ListenLevel{
		Level: 5,
		Dict: []LDict{
			{Tp: []string{"theory"}, T: "Thực tiễn là cơ sở, động lực, mục đích của nhận thức và là tiêu chuẩn của chân lý.", Alt: []string{"Thực tiễn là cơ sở, động lực, mục đích của nhận thức và là tiêu chuẩn của chân lí."}},
			{Tp: []string{"theory"}, T: "Kinh tế thị trường định hướng xã hội chủ nghĩa vừa vận hành theo quy luật thị trường, vừa chịu sự dẫn dắt của Nhà nước.", Alt: []string{"Kinh tế thị trường định hướng xã hội chủ nghĩa vừa vận hành theo qui luật thị trường, vừa chịu sự dẫn dắt của Nhà nước."}},
			{Tp: []string{"theory"}, T: "Muốn xây dựng chủ nghĩa xã hội, trước hết cần có những con người xã hội chủ nghĩa."},
			{Tp: []string{"theory", "party-cell"}, T: "Muôn việc thành công hoặc thất bại đều do cán bộ tốt hoặc kém.", F: "Câu nói của Chủ tịch Hồ Chí Minh. “Muôn việc” nghĩa là mọi việc.", FE: "A saying of Hồ Chí Minh. “Muôn việc” means every task."},
			{Tp: []string{"theory"}, T: "Đảng Cộng sản Việt Nam lấy chủ nghĩa Mác - Lênin và tư tưởng Hồ Chí Minh làm nền tảng tư tưởng, kim chỉ nam cho hành động.", Alt: marxLenin,
				F: "“Lênin” cũng được viết “Lê-nin”; cả hai cách đều được chấp nhận.", FE: "“Lênin” is also written “Lê-nin”; both are accepted."},
			{Tp: []string{"party-cell", "office"}, T: "Việc đánh giá cán bộ phải lấy kết quả, hiệu quả thực hiện nhiệm vụ làm thước đo chủ yếu."},
			{Tp: []string{"theory"}, T: "Sự đoàn kết, thống nhất trong Đảng là hạt nhân, là cơ sở vững chắc để xây dựng khối đại đoàn kết toàn dân tộc."},
			{Tp: []string{"friendship"}, T: "Quan hệ đặc biệt Việt Nam – Lào là mối quan hệ hiếm có trong lịch sử quan hệ quốc tế."},
			{Tp: []string{"party-cell"}, T: "Nghị quyết chỉ thực sự đi vào cuộc sống khi được cụ thể hoá bằng những chương trình, kế hoạch phù hợp với điều kiện của từng địa phương."},
			{Tp: []string{"office"}, T: "Chuyển đổi số không chỉ là trang bị máy tính mà trước hết là thay đổi cách nghĩ, cách làm của cán bộ."},
			{Tp: []string{"office"}, T: "Thủ tục hành chính rườm rà làm mất thời gian, công sức của người dân và doanh nghiệp."},
			{Tp: []string{"theory", "party-cell"}, T: "Nguy cơ lớn nhất là sự suy thoái về tư tưởng chính trị, đạo đức, lối sống của một bộ phận cán bộ, đảng viên."},
			{Tp: []string{"party-cell"}, T: "Chi bộ phải thường xuyên kiểm tra, giám sát đảng viên, kịp thời phát hiện và uốn nắn những biểu hiện lệch lạc."},
			{Tp: []string{"village"}, T: "Giảm nghèo bền vững đòi hỏi phải tạo sinh kế lâu dài cho người dân, chứ không chỉ hỗ trợ trước mắt."},
			{Tp: []string{"theory"}, T: "Lượng đổi dẫn đến chất đổi khi sự tích luỹ về lượng đạt tới điểm nút."},
			{Tp: []string{"study", "friendship"}, T: "Học viên Lào đã vượt qua nhiều khó khăn về ngôn ngữ để hoàn thành tốt chương trình học tập."},
			{Tp: []string{"news"}, T: "Biến đổi khí hậu khiến thiên tai ở miền Trung ngày càng khó lường và gây thiệt hại nặng nề."},
			{Tp: []string{"party-cell"}, T: "Mỗi cán bộ, đảng viên phải thực sự là tấm gương về đạo đức, lối sống để quần chúng noi theo."},
			{Tp: []string{"office", "news"}, T: "Hội đồng nhân dân tỉnh đã chất vấn trách nhiệm của các sở, ngành về tiến độ giải ngân vốn đầu tư công."},
			{Tp: []string{"theory"}, T: "Phải kiên quyết đấu tranh với những quan điểm sai trái, thù địch, bảo vệ nền tảng tư tưởng của Đảng."},
			{Tp: []string{"friendship"}, T: "Tình đoàn kết giữa nhân dân hai tỉnh biên giới được vun đắp qua nhiều thế hệ."},
			{Tp: []string{"party-cell", "village"}, T: "Việc bí thư chi bộ đồng thời làm trưởng thôn giúp giảm đầu mối nhưng cũng đòi hỏi người cán bộ phải có năng lực toàn diện."},
			{Tp: []string{"theory"}, T: "Đổi mới phương thức lãnh đạo không có nghĩa là buông lỏng sự lãnh đạo của Đảng."},
			{Tp: []string{"study"}, T: "Khi nghe giảng, học viên nên ghi chép những ý chính và những thuật ngữ chưa hiểu để hỏi lại giảng viên."},
			{Tp: []string{"theory"}, T: "Con người vừa là mục tiêu, vừa là động lực của sự phát triển."},
		},
		Groups: listenB5Groups,
	})
}

var listenB5Groups = []LGroup{
	{Title: "Vật chất và ý thức", Kind: "lecture", Tp: []string{"theory"},
		T: `Trong triết học Mác - Lênin, mối quan hệ giữa vật chất và ý thức là vấn đề cơ bản của triết học. Chủ nghĩa duy vật biện chứng khẳng định: vật chất có trước, ý thức có sau; vật chất quyết định ý thức. Lê-nin định nghĩa vật chất là một phạm trù triết học dùng để chỉ thực tại khách quan, được đem lại cho con người trong cảm giác, được cảm giác của chúng ta chép lại, chụp lại, phản ánh, và tồn tại không lệ thuộc vào cảm giác. Tuy nhiên, ý thức không hoàn toàn thụ động. Ý thức có tính độc lập tương đối và tác động trở lại vật chất thông qua hoạt động thực tiễn của con người. Ý thức đúng đắn, khoa học có thể thúc đẩy hoạt động thực tiễn; ý thức sai lầm có thể kìm hãm nó. Từ đó rút ra một nguyên tắc phương pháp luận quan trọng: trong mọi hoạt động, phải xuất phát từ thực tế khách quan, tôn trọng quy luật khách quan, đồng thời phát huy tính năng động chủ quan của con người. Bệnh chủ quan duy ý chí, tức là lấy mong muốn của mình thay cho hiện thực, đã từng gây ra những sai lầm nghiêm trọng trong quản lý kinh tế ở nhiều nước, trong đó có Việt Nam trước thời kỳ Đổi mới.`,
		Qs: []Q{
			{P: "Theo chủ nghĩa duy vật biện chứng, quan hệ giữa vật chất và ý thức là gì?", O: []string{"*Thế giới bên ngoài có trước và chi phối tư tưởng con người", "Tư tưởng con người có trước và chi phối thế giới", "Hai cái tồn tại song song, không liên quan", "Hai cái có vai trò ngang nhau"}},
			{P: "Theo định nghĩa của Lê-nin, đặc điểm cơ bản của vật chất là gì?", O: []string{"*Có thật dù con người có nhận biết được hay không", "Chỉ có khi con người cảm nhận được", "Do ý thức tạo ra", "Chỉ gồm những vật nhìn thấy được"}},
			{P: "Ý thức tác động trở lại vật chất bằng cách nào?", O: []string{"*Qua việc làm của con người, chứ tự nó không thay đổi được gì", "Tự nó, không cần con người", "Chỉ qua cảm giác", "Ý thức không tác động được"}},
			{P: "Nguyên tắc phương pháp luận rút ra từ bài giảng là gì?", O: []string{"*Tôn trọng hiện thực nhưng vẫn chủ động, sáng tạo", "Chỉ cần làm theo mong muốn của mình", "Chỉ cần tôn trọng quy luật, không cần cố gắng", "Không cần đến lý luận"}},
			{P: "“Bệnh chủ quan duy ý chí” được giải thích là gì?", O: []string{"*Coi điều mình muốn là điều có thật rồi hành động theo đó", "Quá coi trọng thực tế", "Thiếu ý chí phấn đấu", "Sợ chịu trách nhiệm"}},
		}},
	{Title: "Kinh tế thị trường định hướng xã hội chủ nghĩa", Kind: "lecture", Tp: []string{"theory"},
		T: `Kinh tế thị trường định hướng xã hội chủ nghĩa là mô hình kinh tế tổng quát của Việt Nam trong thời kỳ quá độ lên chủ nghĩa xã hội. Đây là nền kinh tế vận hành đầy đủ, đồng bộ theo các quy luật của kinh tế thị trường, đồng thời bảo đảm định hướng xã hội chủ nghĩa phù hợp với từng giai đoạn phát triển của đất nước. Nói cách khác, chúng ta sử dụng kinh tế thị trường như một phương tiện để đạt mục tiêu dân giàu, nước mạnh, dân chủ, công bằng, văn minh. Nền kinh tế có nhiều hình thức sở hữu, nhiều thành phần kinh tế; trong đó kinh tế nhà nước giữ vai trò chủ đạo, kinh tế tư nhân là một động lực quan trọng. Nhà nước quản lý bằng pháp luật, chiến lược, quy hoạch, kế hoạch và các công cụ kinh tế, chứ không can thiệp trực tiếp vào hoạt động sản xuất, kinh doanh của doanh nghiệp. Một đặc trưng quan trọng là tăng trưởng kinh tế phải gắn với tiến bộ và công bằng xã hội ngay trong từng bước, từng chính sách phát triển, chứ không đợi kinh tế phát triển cao rồi mới giải quyết.`,
		Qs: []Q{
			{P: "Trong mô hình này, kinh tế thị trường được xem là gì?", O: []string{"*Một công cụ phục vụ các mục tiêu xã hội, không phải cái đích", "Mục tiêu cuối cùng của sự phát triển", "Một mô hình tạm thời sẽ bị xoá bỏ", "Mô hình chỉ dành cho doanh nghiệp nước ngoài"}},
			{P: "Theo bài giảng, khu vực nào giữ vai trò dẫn dắt nền kinh tế?", O: []string{"*Khu vực do nhà nước sở hữu", "Khu vực tư nhân", "Khu vực có vốn nước ngoài", "Các hộ gia đình"}},
			{P: "Theo bài giảng, kinh tế tư nhân được nhìn nhận thế nào?", O: []string{"*Được coi là một sức đẩy lớn của nền kinh tế", "Cần bị hạn chế", "Giữ vai trò dẫn dắt", "Không được khuyến khích"}},
			{P: "Nhà nước quản lý nền kinh tế như thế nào?", O: []string{"*Điều tiết từ xa bằng luật và các kế hoạch, không nhúng tay vào từng doanh nghiệp", "Trực tiếp chỉ đạo sản xuất của doanh nghiệp", "Để thị trường hoàn toàn tự do", "Giao cho các doanh nghiệp lớn quản lý"}},
			{P: "Tăng trưởng kinh tế và công bằng xã hội cần được giải quyết ra sao?", O: []string{"*Đi cùng nhau ngay từ đầu, không đợi kinh tế lớn mạnh", "Tăng trưởng trước, công bằng sau", "Công bằng trước, tăng trưởng sau", "Hai việc không liên quan đến nhau"}},
		}},
	{Title: "Tư tưởng Hồ Chí Minh về đạo đức cách mạng", Kind: "lecture", Tp: []string{"theory"},
		T: `Chủ tịch Hồ Chí Minh coi đạo đức là gốc của người cách mạng. Người viết: “Cũng như sông thì có nguồn mới có nước, không có nguồn thì sông cạn. Cây phải có gốc, không có gốc thì cây héo. Người cách mạng phải có đạo đức, không có đạo đức thì dù tài giỏi mấy cũng không lãnh đạo được nhân dân.” Những chuẩn mực đạo đức cơ bản mà Người nêu ra là: trung với nước, hiếu với dân; cần, kiệm, liêm, chính, chí công vô tư; thương yêu con người; và tinh thần quốc tế trong sáng. Theo Người, muốn xây dựng đạo đức mới, phải nói đi đôi với làm, phải nêu gương về đạo đức; phải xây đi đôi với chống, tức là vừa bồi dưỡng những phẩm chất tốt đẹp, vừa kiên quyết chống chủ nghĩa cá nhân; và phải tu dưỡng đạo đức suốt đời. Người nhấn mạnh rằng đạo đức cách mạng không phải trên trời sa xuống, mà do đấu tranh, rèn luyện bền bỉ hằng ngày mà phát triển và củng cố, cũng như ngọc càng mài càng sáng, vàng càng luyện càng trong.`,
		Qs: []Q{
			{P: "Người dùng hình ảnh sông và cây để nói điều gì về đạo đức?", O: []string{"*Đạo đức là cái nền, thiếu nó thì tài năng cũng vô ích", "Đạo đức và tài năng quan trọng như nhau", "Người cách mạng cần gần gũi thiên nhiên", "Đạo đức tự nhiên mà có như cây cỏ"}},
			{P: "Chuẩn mực nào KHÔNG nằm trong những chuẩn mực bài giảng nêu?", O: []string{"*Giàu có, danh vọng", "Trung với nước, hiếu với dân", "Cần, kiệm, liêm, chính, chí công vô tư", "Thương yêu con người"}},
			{P: "“Xây đi đôi với chống” nghĩa là gì?", O: []string{"*Vun trồng điều tốt, đồng thời đấu tranh với lối sống chỉ vì mình", "Vừa xây dựng cái mới vừa phá bỏ cái cũ", "Vừa học vừa làm", "Vừa khen vừa phạt"}},
			{P: "Theo Người, đạo đức cách mạng từ đâu mà có?", O: []string{"*Do tự tu dưỡng kiên trì, lâu dài", "Sinh ra đã có", "Do cấp trên giao cho", "Do học thuộc lý luận"}},
			{P: "Hình ảnh “ngọc càng mài càng sáng” muốn nói điều gì?", O: []string{"*Phẩm chất con người sáng lên nhờ công phu tu dưỡng", "Ngọc là tài sản quý", "Người cách mạng phải giàu có", "Đạo đức không bao giờ thay đổi"}},
		}},
	{Title: "Thời kỳ quá độ lên chủ nghĩa xã hội ở Việt Nam", Kind: "lecture", Tp: []string{"theory"},
		T: `Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội, bổ sung, phát triển năm hai nghìn không trăm mười một, xác định con đường đi lên của Việt Nam là phát triển quá độ lên chủ nghĩa xã hội bỏ qua chế độ tư bản chủ nghĩa. Bỏ qua ở đây là bỏ qua việc xác lập vị trí thống trị của quan hệ sản xuất và kiến trúc thượng tầng tư bản chủ nghĩa, nhưng tiếp thu, kế thừa những thành tựu mà nhân loại đã đạt được dưới chế độ tư bản, đặc biệt về khoa học và công nghệ, để phát triển nhanh lực lượng sản xuất, xây dựng nền kinh tế hiện đại. Cương lĩnh cũng nêu tám đặc trưng của xã hội xã hội chủ nghĩa mà nhân dân ta xây dựng, trong đó có: dân giàu, nước mạnh, dân chủ, công bằng, văn minh; do nhân dân làm chủ; có nền kinh tế phát triển cao dựa trên lực lượng sản xuất hiện đại và quan hệ sản xuất tiến bộ phù hợp. Đây là một sự nghiệp rất khó khăn, phức tạp và lâu dài, với nhiều bước phát triển, nhiều hình thức tổ chức kinh tế, xã hội đan xen.`,
		Qs: []Q{
			{P: "Theo Cương lĩnh, con đường đi lên của Việt Nam là gì?", O: []string{"*Đi lên xã hội mới mà không trải qua giai đoạn tư bản", "Xây dựng chủ nghĩa tư bản trước rồi mới chuyển", "Giữ nguyên nền kinh tế nông nghiệp", "Sao chép mô hình của một nước khác"}},
			{P: "“Bỏ qua” chế độ tư bản chủ nghĩa được hiểu như thế nào?", O: []string{"*Không để chế độ tư bản chi phối, nhưng vẫn học những gì loài người làm được", "Không tiếp thu bất cứ thành tựu nào của chủ nghĩa tư bản", "Cấm mọi hoạt động kinh doanh", "Không quan hệ với các nước tư bản"}},
			{P: "Thành tựu nào được nhấn mạnh là cần tiếp thu?", O: []string{"*Tri thức và kỹ thuật hiện đại", "Mô hình chính trị", "Cách tổ chức xã hội", "Lối sống tiêu dùng"}},
			{P: "Đặc trưng nào được bài giảng nêu ra?", O: []string{"*Quyền làm chủ nằm trong tay đông đảo quần chúng", "Chỉ có một thành phần kinh tế", "Nhà nước quyết định mọi việc thay dân", "Kinh tế dựa vào sản xuất nhỏ"}},
			{P: "Bài giảng đánh giá sự nghiệp này như thế nào?", O: []string{"*Một chặng đường dài, nhiều gian nan", "Đơn giản và nhanh chóng", "Đã hoàn thành", "Không cần thiết"}},
		}},
	{Title: "Kỳ họp Hội đồng nhân dân tỉnh", Kind: "news", Tp: []string{"office", "news"},
		T: `Sáng nay, Hội đồng nhân dân tỉnh khai mạc kỳ họp thường lệ cuối năm. Kỳ họp diễn ra trong ba ngày, xem xét các báo cáo về tình hình kinh tế - xã hội, dự toán ngân sách năm tới và dự kiến thông qua mười tám nghị quyết quan trọng. Phát biểu khai mạc, Chủ tịch Hội đồng nhân dân tỉnh đề nghị các đại biểu tập trung thảo luận những vấn đề cử tri quan tâm, như tiến độ giải ngân vốn đầu tư công còn chậm, tình trạng sạt lở ở các huyện miền núi và chất lượng giải quyết thủ tục hành chính. Phiên chất vấn dự kiến diễn ra vào chiều mai, tập trung vào trách nhiệm của Sở Nông nghiệp và Sở Xây dựng. Đáng chú ý, lần đầu tiên kỳ họp được tổ chức theo hình thức không dùng giấy: toàn bộ tài liệu được gửi tới đại biểu qua phần mềm trên máy tính bảng. Kỳ họp được truyền hình trực tiếp để cử tri theo dõi.`,
		Qs: []Q{
			{P: "Kỳ họp kéo dài đến khi nào?", O: []string{"*Hết ngày kia", "Hết buổi sáng nay", "Hết ngày mai", "Hết tuần sau"}},
			{P: "Kỳ họp dự kiến thông qua bao nhiêu nghị quyết?", O: []string{"*18", "8", "13", "80"}},
			{P: "Vấn đề nào KHÔNG được nhắc đến trong phát biểu khai mạc?", O: []string{"*Ô nhiễm môi trường biển", "Giải ngân vốn đầu tư công còn chậm", "Sạt lở ở các huyện miền núi", "Chất lượng giải quyết thủ tục hành chính"}},
			{P: "Phiên chất vấn tập trung vào trách nhiệm của những ngành nào? (Chọn hai đáp án.)", O: []string{"*Ngành phụ trách ruộng đồng, thuỷ lợi", "*Ngành phụ trách công trình, nhà cửa", "Ngành y tế", "Ngành giáo dục"}},
			{P: "Điểm mới của kỳ họp là gì?", O: []string{"*Đại biểu đọc tài liệu trên thiết bị điện tử thay cho bản in", "Họp trực tuyến hoàn toàn", "Không có phiên chất vấn", "Cử tri phát biểu trực tiếp tại hội trường"}},
		}},
	{Title: "Chuyển đổi số ở cấp xã", Kind: "dialogue", Tp: []string{"office", "village"},
		T: `Người dẫn: Thưa anh, chuyển đổi số ở cấp xã hiện nay đang gặp những khó khăn gì?
Anh Tuấn: Khó khăn lớn nhất không nằm ở thiết bị. Máy tính, đường truyền bây giờ cơ bản đã có. Cái khó là thói quen. Nhiều cán bộ lớn tuổi vẫn quen làm trên giấy, ngại học phần mềm mới. Người dân vùng cao thì chưa quen nộp hồ sơ trực tuyến, nhiều người chưa có điện thoại thông minh.
Người dẫn: Xã đã làm gì để tháo gỡ?
Anh Tuấn: Chúng tôi thành lập tổ công nghệ số cộng đồng ở từng thôn, chủ yếu là đoàn viên thanh niên. Các em đến từng nhà hướng dẫn bà con cài ứng dụng, làm thủ tục. Với cán bộ, xã tổ chức lớp tập huấn vào chiều thứ Sáu hằng tuần; ai làm tốt thì được biểu dương.
Người dẫn: Kết quả ra sao, thưa anh?
Anh Tuấn: Sau một năm, tỷ lệ hồ sơ nộp trực tuyến của xã tăng từ dưới mười phần trăm lên gần năm mươi phần trăm. Tuy vậy, tôi cho rằng không nên chạy theo con số. Mục tiêu cuối cùng là người dân đỡ phải đi lại, chứ không phải là báo cáo cho đẹp.`,
		Qs: []Q{
			{P: "Theo anh Tuấn, khó khăn lớn nhất của chuyển đổi số ở xã là gì?", O: []string{"*Nếp nghĩ, nếp làm cũ, hơn là thiếu trang thiết bị", "Thiếu máy tính", "Không có đường truyền", "Thiếu kinh phí"}},
			{P: "Tổ công nghệ số cộng đồng chủ yếu gồm những ai?", O: []string{"*Lớp trẻ trong thôn", "Cán bộ hưu trí", "Giáo viên", "Công an xã"}},
			{P: "Xã làm gì để giúp cán bộ?", O: []string{"*Mở lớp học định kỳ mỗi tuần và khen người làm tốt", "Cử cán bộ đi học ở tỉnh", "Thuê người ngoài làm thay", "Cho cán bộ lớn tuổi nghỉ hưu sớm"}},
			{P: "Sau một năm, tỷ lệ hồ sơ nộp trực tuyến thay đổi thế nào?", O: []string{"*Từ dưới 10% lên gần 50%", "Từ 50% lên 100%", "Từ 10% lên 15%", "Không thay đổi"}},
			{P: "Thái độ của anh Tuấn đối với các con số thống kê là gì?", O: []string{"*Coi trọng lợi ích thật của dân hơn thành tích trên giấy", "Con số là quan trọng nhất", "Cần báo cáo con số cao hơn thực tế", "Con số không có ý nghĩa gì"}},
		}},
	{Title: "Những người lính tình nguyện", Kind: "talk", Tp: []string{"friendship"},
		T: `Trong những năm kháng chiến, hàng vạn cán bộ, chiến sĩ quân tình nguyện và chuyên gia Việt Nam đã sang giúp cách mạng Lào; nhiều người đã nằm lại trên đất bạn. Ở Hủa Phăn, cùng với quân và dân Lào, bộ đội tình nguyện Việt Nam đã góp phần bảo vệ vùng căn cứ địa cách mạng, nơi đặt cơ quan đầu não của cách mạng Lào. Thanh Hoá là một trong những tỉnh đã cử nhiều con em sang chiến đấu và công tác tại Lào. Ngày nay, việc tìm kiếm, quy tập hài cốt liệt sĩ quân tình nguyện và chuyên gia Việt Nam hy sinh tại Lào vẫn được hai bên phối hợp tiến hành. Chính quyền và nhân dân các bản ở Hủa Phăn đã tích cực cung cấp thông tin, dẫn đường cho các đội tìm kiếm. Đó là biểu hiện sinh động của tình nghĩa thuỷ chung, son sắt giữa hai dân tộc. Người xưa nói: “Uống nước nhớ nguồn.” Thế hệ trẻ hai nước hôm nay có trách nhiệm giữ gìn và phát huy tình cảm mà cha ông đã vun đắp bằng cả xương máu.`,
		Qs: []Q{
			{P: "Bài nói chủ yếu về điều gì?", O: []string{"*Ơn sâu nghĩa nặng giữa người Lào và người Việt qua chiến tranh và hôm nay", "Lịch sử tỉnh Thanh Hoá", "Kinh tế tỉnh Hủa Phăn", "Du lịch vùng biên giới"}},
			{P: "Ở Hủa Phăn, bộ đội tình nguyện Việt Nam đã góp phần làm gì?", O: []string{"*Giữ vững vùng đất là chỗ dựa của phong trào", "Xây dựng nhà máy", "Mở trường đại học", "Buôn bán qua biên giới"}},
			{P: "Ngày nay, hai bên phối hợp làm việc gì?", O: []string{"*Đưa những người đã ngã xuống về với quê hương", "Xây dựng một quân đội chung", "Trồng rừng đầu nguồn", "Tổ chức bầu cử"}},
			{P: "Nhân dân các bản ở Hủa Phăn đã giúp đỡ như thế nào?", O: []string{"*Chỉ chỗ và đưa lối cho những người đi tìm", "Đóng góp tiền", "Cho mượn xe", "Không tham gia"}},
			{P: "Câu “Uống nước nhớ nguồn” được dùng để nói điều gì?", O: []string{"*Phải biết ơn và giữ gìn tình cảm mà thế hệ trước đã vun đắp", "Phải tiết kiệm nước", "Phải bảo vệ nguồn nước", "Phải thường xuyên về thăm quê"}},
		}},
	{Title: "Đổi mới phương thức lãnh đạo của Đảng", Kind: "lecture", Tp: []string{"theory", "party-cell"},
		T: `Đảng lãnh đạo Nhà nước và xã hội bằng cương lĩnh, chiến lược, các định hướng về chính sách và chủ trương lớn; bằng công tác tuyên truyền, thuyết phục, vận động, tổ chức, kiểm tra, giám sát và bằng hành động gương mẫu của đảng viên. Đảng thống nhất lãnh đạo công tác cán bộ và quản lý đội ngũ cán bộ. Đổi mới phương thức lãnh đạo không có nghĩa là buông lỏng sự lãnh đạo, cũng không phải là Đảng làm thay các cơ quan nhà nước. Một biểu hiện thường gặp ở cơ sở là cấp uỷ bao biện, làm thay chính quyền: bí thư trực tiếp quyết định những việc thuộc thẩm quyền của chủ tịch Uỷ ban. Ngược lại, cũng có nơi cấp uỷ buông lỏng, để chính quyền tự làm, không kiểm tra, giám sát. Cả hai khuynh hướng đều làm suy giảm vai trò lãnh đạo của Đảng và hiệu lực quản lý của Nhà nước. Vì vậy, cần xây dựng quy chế làm việc rõ ràng, xác định cụ thể trách nhiệm của tập thể và cá nhân, nhất là người đứng đầu.`,
		Qs: []Q{
			{P: "Theo bài giảng, Đảng lãnh đạo bằng những phương thức nào?", O: []string{"*Bằng đường lối, thuyết phục, giám sát và tấm gương của người đảng viên", "Trực tiếp ra các quyết định hành chính", "Ban hành luật thay Quốc hội", "Trực tiếp quản lý doanh nghiệp"}},
			{P: "Đổi mới phương thức lãnh đạo KHÔNG có nghĩa là gì?", O: []string{"*Để mặc hoặc làm thay phần việc của chính quyền", "Nâng cao hiệu quả lãnh đạo", "Xây dựng quy chế làm việc rõ ràng", "Tăng cường kiểm tra, giám sát"}},
			{P: "Biểu hiện của việc “bao biện, làm thay” ở cơ sở là gì?", O: []string{"*Bí thư giành lấy phần quyết định vốn của chủ tịch xã", "Cấp uỷ không kiểm tra chính quyền", "Đảng viên không sinh hoạt chi bộ", "Chính quyền tự làm hết mọi việc"}},
			{P: "Hậu quả chung của cả hai khuynh hướng là gì?", O: []string{"*Cả Đảng lẫn Nhà nước đều yếu đi trong vai trò của mình", "Làm tăng hiệu quả công việc", "Làm giảm số cán bộ", "Không ảnh hưởng gì"}},
			{P: "Giải pháp được đề xuất là gì?", O: []string{"*Phân định rõ ai lo việc gì bằng quy định làm việc", "Sáp nhập cấp uỷ với chính quyền", "Giảm số cuộc họp", "Tăng lương cho cán bộ"}},
		}},
	{Title: "Thảo luận tổ: bí thư chi bộ kiêm trưởng thôn", Kind: "dialogue", Tp: []string{"party-cell", "village", "study"},
		T: `Giảng viên: Hôm nay tổ thảo luận câu hỏi: bí thư chi bộ kiêm trưởng thôn có ưu điểm và hạn chế gì? Mời đồng chí Bun Thoong.
Bun Thoong: Ở huyện tôi, nhiều bản đã thực hiện mô hình này. Ưu điểm là giảm đầu mối, giảm chi phụ cấp, và chủ trương của chi bộ được triển khai nhanh, vì người lãnh đạo cũng là người tổ chức thực hiện.
Giảng viên: Còn hạn chế thì sao?
Xổm Phết: Tôi thấy nếu một người vừa ra nghị quyết vừa thực hiện thì khó kiểm tra, giám sát. Dễ dẫn đến tình trạng “vừa đá bóng vừa thổi còi”. Ngoài ra, công việc rất nhiều, người kiêm nhiệm dễ bị quá tải.
Giảng viên: Vậy theo các đồng chí, điều kiện để mô hình này thành công là gì?
Bun Thoong: Trước hết phải chọn được người có uy tín, có năng lực, được dân tin. Thứ hai, chi bộ phải phát huy dân chủ, phân công rõ việc cho từng đảng viên, và Mặt trận, các đoàn thể phải giám sát thực sự.
Giảng viên: Tôi đồng ý. Tôi bổ sung thêm: cấp trên cần tập huấn thường xuyên cho đội ngũ này, vì họ vừa phải nắm công tác đảng, vừa phải nắm quản lý hành chính.`,
		Qs: []Q{
			{P: "Theo Bun Thoong, mô hình kiêm nhiệm có những ưu điểm nào? (Chọn hai đáp án.)", O: []string{"*Bộ máy gọn hơn, tiết kiệm tiền ngân sách", "*Việc chi bộ quyết được đưa vào làm ngay", "Người kiêm nhiệm có nhiều thời gian rảnh", "Việc giám sát dễ dàng hơn"}},
			{P: "Câu “vừa đá bóng vừa thổi còi” ý nói gì?", O: []string{"*Người đặt ra chủ trương cũng là người làm, nên khó có ai kiểm soát", "Cán bộ thích chơi thể thao", "Công việc quá nhẹ nhàng", "Cán bộ làm việc rất nhanh"}},
			{P: "Xổm Phết còn nêu hạn chế nào khác?", O: []string{"*Khối lượng công việc vượt sức một người", "Tốn nhiều phụ cấp", "Chủ trương triển khai chậm", "Dân không tin đảng viên"}},
			{P: "Theo Bun Thoong, điều kiện đầu tiên để mô hình thành công là gì?", O: []string{"*Tìm được người giỏi việc và được bà con tín nhiệm", "Tăng phụ cấp cho người kiêm nhiệm", "Giảm số đảng viên", "Xây nhà văn hoá mới"}},
			{P: "Giảng viên bổ sung ý gì?", O: []string{"*Những người kiêm nhiệm cần được bồi dưỡng đều đặn", "Nên bỏ mô hình này", "Mô hình chỉ nên áp dụng ở thành phố", "Trưởng thôn không cần là đảng viên"}},
		}},
	{Title: "Quy luật lượng – chất", Kind: "lecture", Tp: []string{"theory", "study"},
		T: `Quy luật chuyển hoá từ những thay đổi về lượng thành những thay đổi về chất và ngược lại là một trong ba quy luật cơ bản của phép biện chứng duy vật. Chất là tính quy định vốn có của sự vật, làm cho sự vật là nó mà không phải là cái khác. Lượng là tính quy định về quy mô, trình độ, tốc độ phát triển của sự vật. Trong một giới hạn nhất định, gọi là độ, lượng thay đổi mà chất chưa thay đổi. Khi lượng tích luỹ đến một giới hạn gọi là điểm nút, sẽ diễn ra bước nhảy, và sự vật chuyển sang chất mới. Ví dụ quen thuộc là nước: từ không độ đến một trăm độ, nước vẫn ở thể lỏng; đến một trăm độ, nước chuyển sang thể hơi. Trong học tập cũng vậy: một học viên học tiếng Việt mỗi ngày, lúc đầu dường như không thấy tiến bộ; nhưng khi vốn từ và khả năng nghe đã tích luỹ đủ, đến một lúc người đó bỗng nghe hiểu được bài giảng. Ý nghĩa phương pháp luận là: phải kiên trì tích luỹ về lượng, tránh nóng vội, đốt cháy giai đoạn; nhưng khi đủ điều kiện thì phải kịp thời thực hiện bước nhảy, tránh bảo thủ, trì trệ.`,
		Qs: []Q{
			{P: "Theo bài giảng, “độ” là gì?", O: []string{"*Khoảng mà sự vật tăng, giảm về số lượng nhưng vẫn là chính nó", "Thời điểm chất thay đổi", "Tốc độ phát triển của sự vật", "Quy mô của sự vật"}},
			{P: "“Điểm nút” là gì?", O: []string{"*Mức mà khi đạt tới, sự vật bắt đầu biến thành cái khác", "Điểm khởi đầu của sự vật", "Mức cao nhất của chất", "Giới hạn không bao giờ đạt tới"}},
			{P: "Ví dụ về việc học tiếng Việt minh hoạ điều gì?", O: []string{"*Học đều mỗi ngày thì đến lúc sẽ có bước tiến rõ rệt", "Học tiếng Việt là vô ích", "Chỉ người có năng khiếu mới tiến bộ", "Tiến bộ diễn ra đều đặn mỗi ngày"}},
			{P: "“Đốt cháy giai đoạn” là biểu hiện của điều gì?", O: []string{"*Muốn đổi thay ngay khi chưa chuẩn bị đủ", "Bảo thủ, trì trệ", "Kiên trì", "Thận trọng"}},
			{P: "Đã đủ điều kiện mà không thực hiện bước nhảy là mắc sai lầm gì?", O: []string{"*Ngại đổi mới, đứng yên một chỗ", "Nóng vội", "Đốt cháy giai đoạn", "Duy ý chí"}},
		}},
	{Title: "Hợp tác Thanh Hoá – Hủa Phăn giai đoạn mới", Kind: "news", Tp: []string{"friendship", "news"},
		T: `Tại thành phố Sầm Nưa, tỉnh Hủa Phăn, hai tỉnh Thanh Hoá và Hủa Phăn vừa tổ chức hội nghị tổng kết việc thực hiện biên bản ghi nhớ hợp tác giai đoạn vừa qua và ký kết thoả thuận hợp tác giai đoạn mới. Theo đánh giá của hai bên, hợp tác trong lĩnh vực giáo dục, đào tạo đạt nhiều kết quả nổi bật: mỗi năm, hàng trăm học sinh, sinh viên và cán bộ của Hủa Phăn sang học tập tại các cơ sở đào tạo của Thanh Hoá. Hợp tác y tế giúp người dân vùng biên được khám, chữa bệnh kịp thời. Tuy nhiên, kim ngạch thương mại qua cặp cửa khẩu Na Mèo – Nậm Xôi còn thấp so với tiềm năng, hạ tầng giao thông kết nối còn hạn chế. Trong giai đoạn tới, hai tỉnh thống nhất ưu tiên nâng cấp tuyến đường nối hai tỉnh, phát triển chợ biên giới, hợp tác trồng rừng và phòng, chống cháy rừng, đồng thời nâng cao chất lượng đào tạo tiếng Việt cho cán bộ Hủa Phăn trước khi sang học tập.`,
		Qs: []Q{
			{P: "Hội nghị được tổ chức ở đâu?", O: []string{"*Trên đất Lào, ở tỉnh lỵ Hủa Phăn", "Tại thành phố Thanh Hoá", "Tại Hà Nội", "Tại cửa khẩu Na Mèo"}},
			{P: "Lĩnh vực nào được đánh giá là đạt nhiều kết quả nổi bật?", O: []string{"*Việc học tập và bồi dưỡng con người", "Thương mại", "Giao thông", "Du lịch"}},
			{P: "Những hạn chế nào được nêu? (Chọn hai đáp án.)", O: []string{"*Buôn bán qua biên giới chưa tương xứng", "*Đường sá nối hai tỉnh còn kém", "Ít học sinh sang học", "Người dân vùng biên không được khám bệnh"}},
			{P: "Nội dung nào KHÔNG nằm trong các ưu tiên của giai đoạn tới?", O: []string{"*Xây dựng sân bay quốc tế", "Nâng cấp tuyến đường nối hai tỉnh", "Phát triển chợ biên giới", "Hợp tác trồng rừng và phòng, chống cháy rừng"}},
			{P: "Vì sao bản tin nhắc đến việc đào tạo tiếng Việt?", O: []string{"*Vì hai tỉnh muốn nâng cao trình độ tiếng Việt của cán bộ trước khi sang học", "Vì học sinh Lào không muốn học tiếng Việt", "Vì Thanh Hoá muốn học tiếng Lào", "Vì sắp có một kỳ thi quốc tế"}},
		}},
	{Title: "Giảm nghèo bền vững ở vùng cao", Kind: "talk", Tp: []string{"village", "party-cell"},
		T: `Kinh nghiệm nhiều năm cho thấy, nếu chỉ cấp phát tiền, gạo, con giống mà không thay đổi cách làm ăn, thì sau vài năm nhiều hộ lại tái nghèo. Vì thế, chương trình giảm nghèo bền vững ở các huyện vùng cao chuyển mạnh từ hỗ trợ trực tiếp sang hỗ trợ có điều kiện, gắn với sinh kế. Chẳng hạn, thay vì cho không con bò, chương trình hỗ trợ một phần vốn, còn hộ dân phải đối ứng bằng công làm chuồng, trồng cỏ và tham gia lớp tập huấn chăn nuôi. Khi bò sinh bê, hộ đó chuyển một con bê cho một hộ nghèo khác trong thôn. Cách làm này vừa nâng cao trách nhiệm của người nhận, vừa tạo sự lan toả trong cộng đồng. Vai trò của chi bộ và trưởng thôn rất quan trọng: họ bình xét công khai đối tượng được hỗ trợ, theo dõi, động viên từng hộ. Tuy nhiên, cũng phải thấy rằng ở những nơi quá khó khăn, với người già, người ốm đau không còn khả năng lao động, thì vẫn cần chính sách bảo trợ xã hội trực tiếp.`,
		Qs: []Q{
			{P: "Theo bài nói, vì sao nhiều hộ tái nghèo?", O: []string{"*Được cho mà không đổi cách sản xuất", "Thiên tai liên tiếp", "Không có đất sản xuất", "Bệnh tật kéo dài"}},
			{P: "Hỗ trợ “có điều kiện” nghĩa là gì?", O: []string{"*Người nhận phải bỏ công sức và đi học cách làm", "Chỉ hỗ trợ các hộ khá giả", "Hỗ trợ hoàn toàn bằng tiền mặt", "Hộ dân phải trả lại toàn bộ vốn ngay"}},
			{P: "Khi bò sinh bê, hộ được hỗ trợ phải làm gì?", O: []string{"*Trao lại một con non cho một gia đình khó khăn khác", "Bán bê để trả nợ", "Nộp bê cho xã", "Giữ lại tất cả"}},
			{P: "Chi bộ và trưởng thôn có vai trò gì?", O: []string{"*Chọn người nhận một cách minh bạch và đi sát từng nhà", "Trực tiếp chăn nuôi bò", "Một mình quyết định ai được nhận", "Không tham gia chương trình"}},
			{P: "Với người già, người ốm đau không còn khả năng lao động, người nói cho rằng cần gì?", O: []string{"*Nhà nước trợ giúp thẳng, không kèm điều kiện", "Hỗ trợ có điều kiện", "Cho vay vốn", "Không cần hỗ trợ"}},
		}},
	{Title: "Công tác kiểm tra, giám sát của Đảng", Kind: "lecture", Tp: []string{"party-cell", "theory"},
		T: `Kiểm tra, giám sát là những chức năng lãnh đạo của Đảng. Lãnh đạo mà không kiểm tra thì coi như không lãnh đạo. Mọi tổ chức đảng và đảng viên đều chịu sự kiểm tra, giám sát của Đảng, không có ngoại lệ. Kiểm tra trước hết nhằm phòng ngừa, giúp tổ chức đảng và đảng viên phát hiện sớm khuyết điểm để khắc phục, chứ không phải để “bới lông tìm vết”. Tuy vậy, khi phát hiện vi phạm thì phải xử lý nghiêm minh, kịp thời, đúng người, đúng lỗi. Ở chi bộ, mỗi năm cần xây dựng chương trình kiểm tra, giám sát, chọn những nội dung, những đảng viên ở vị trí dễ phát sinh sai phạm, như quản lý đất đai, tài chính, đầu tư xây dựng. Một kinh nghiệm quý là kết hợp kiểm tra của tổ chức đảng với giám sát của nhân dân: nhiều vụ việc tiêu cực ở cơ sở đã được phát hiện từ phản ánh của người dân.`,
		Qs: []Q{
			{P: "Theo bài giảng, ai chịu sự kiểm tra, giám sát của Đảng?", O: []string{"*Tất cả, từ tổ chức đến từng người, không trừ ai", "Chỉ đảng viên mới kết nạp", "Chỉ cán bộ cấp cao", "Chỉ những người có sai phạm"}},
			{P: "Mục đích trước hết của công tác kiểm tra là gì?", O: []string{"*Ngăn sai phạm từ sớm, giúp người có lỗi sửa mình", "Xử lý kỷ luật càng nhiều càng tốt", "Tìm lỗi của người khác", "Lập thành tích"}},
			{P: "Thành ngữ “bới lông tìm vết” có nghĩa là gì?", O: []string{"*Cố tìm những lỗi nhỏ để bắt bẻ", "Chăm sóc động vật", "Kiểm tra kỹ lưỡng, khách quan", "Tìm kiếm người mất tích"}},
			{P: "Chi bộ nên ưu tiên kiểm tra những lĩnh vực nào?", O: []string{"*Những việc dính đến đất, tiền và công trình", "Văn nghệ, thể thao", "Học tập ngoại ngữ", "Vệ sinh môi trường"}},
			{P: "Kinh nghiệm quý được nêu là gì?", O: []string{"*Dựa vào cả tai mắt của người dân", "Chỉ tin vào báo cáo của cán bộ", "Giữ kín kết quả kiểm tra với nhân dân", "Giảm số lần kiểm tra"}},
		}},
	{Title: "Thiên tai và biến đổi khí hậu ở miền Trung", Kind: "talk", Tp: []string{"news"},
		T: `Những năm gần đây, thiên tai ở các tỉnh miền Trung, trong đó có Thanh Hoá, diễn biến ngày càng phức tạp và khó lường. Bão mạnh xuất hiện muộn hơn; mưa lớn tập trung trong thời gian ngắn gây lũ quét, sạt lở đất ở các huyện miền núi; trong khi mùa khô lại nắng nóng gay gắt, hạn hán và xâm nhập mặn ảnh hưởng đến sản xuất ở vùng ven biển. Các nhà khoa học cho rằng đây là biểu hiện rõ của biến đổi khí hậu, cộng với việc rừng đầu nguồn bị suy giảm. Phương châm “bốn tại chỗ”, gồm chỉ huy tại chỗ, lực lượng tại chỗ, vật tư và phương tiện tại chỗ, hậu cần tại chỗ, tiếp tục được xem là chìa khoá trong phòng, chống thiên tai. Bên cạnh đó, cần chủ động di dời dân ra khỏi vùng có nguy cơ sạt lở cao, quy hoạch lại khu dân cư và trồng lại rừng đầu nguồn. Kinh nghiệm này cũng rất có ích cho các tỉnh miền núi của Lào, nơi có địa hình và khí hậu tương tự.`,
		Qs: []Q{
			{P: "Ở các huyện miền núi, thiên tai thường ở dạng nào?", O: []string{"*Nước lũ đổ về nhanh, đất núi trượt xuống", "Xâm nhập mặn", "Hạn hán ven biển", "Động đất"}},
			{P: "Theo các nhà khoa học, nguyên nhân là gì? (Chọn hai đáp án.)", O: []string{"*Khí hậu trái đất đang thay đổi", "*Rừng ở thượng nguồn ít đi", "Dân số giảm", "Xây nhiều trường học"}},
			{P: "Phương châm “bốn tại chỗ” KHÔNG gồm nội dung nào?", O: []string{"*Tài chính tại chỗ", "Chỉ huy tại chỗ", "Lực lượng tại chỗ", "Hậu cần tại chỗ"}},
			{P: "Giải pháp nào được đề xuất thêm?", O: []string{"*Đưa dân khỏi chỗ dễ sạt và phủ xanh lại đồi núi", "Xây đập trên mọi con sông", "Cấm người dân lên núi", "Chuyển hết dân về thành phố"}},
			{P: "Vì sao người nói cho rằng kinh nghiệm này có ích cho Lào?", O: []string{"*Vùng núi bên đó cũng có đất đai, thời tiết giống vậy", "Vì Lào có bờ biển dài", "Vì Lào không có thiên tai", "Vì Lào có nhiều bão"}},
		}},
	{Title: "Công tác cán bộ", Kind: "lecture", Tp: []string{"party-cell", "office", "theory"},
		T: `Chủ tịch Hồ Chí Minh dạy: “Cán bộ là cái gốc của mọi công việc.” Công tác cán bộ gồm nhiều khâu liên quan chặt chẽ với nhau: đánh giá, quy hoạch, đào tạo, bồi dưỡng, luân chuyển, bố trí, sử dụng và thực hiện chính sách cán bộ. Trong đó, đánh giá cán bộ là khâu đầu tiên và khó nhất, vì nếu đánh giá sai thì các khâu khác đều sai theo. Đánh giá phải khách quan, toàn diện, lấy kết quả, hiệu quả công việc làm thước đo chủ yếu, tránh tình trạng nể nang, “dĩ hoà vi quý”, hoặc chỉ dựa vào bằng cấp. Quy hoạch cán bộ phải “mở” và “động”, nghĩa là một chức danh có thể quy hoạch nhiều người, một người có thể được quy hoạch vào nhiều chức danh, và danh sách quy hoạch được rà soát, bổ sung hằng năm. Đối với các tỉnh của Lào, việc cử cán bộ trong quy hoạch sang Việt Nam học tập cũng là một khâu của quá trình đào tạo, bồi dưỡng; vì vậy cần lựa chọn đúng người, đúng thời điểm, và chuẩn bị tốt về ngoại ngữ.`,
		Qs: []Q{
			{P: "Theo bài giảng, khâu nào là đầu tiên và khó nhất?", O: []string{"*Nhìn nhận đúng năng lực, phẩm chất của từng người", "Quy hoạch cán bộ", "Đào tạo cán bộ", "Luân chuyển cán bộ"}},
			{P: "Vì sao đánh giá cán bộ quan trọng?", O: []string{"*Sai từ bước này thì các bước sau cũng hỏng", "Vì đó là khâu cuối cùng", "Vì đó là khâu dễ làm nhất", "Vì chỉ cần làm một lần"}},
			{P: "“Dĩ hoà vi quý” trong đánh giá cán bộ có nghĩa là gì?", O: []string{"*Nể nang, ngại va chạm, không nói thẳng khuyết điểm", "Đánh giá rất nghiêm khắc", "Đánh giá dựa vào kết quả công việc", "Đánh giá theo bằng cấp"}},
			{P: "Quy hoạch “mở” và “động” nghĩa là gì?", O: []string{"*Danh sách linh hoạt, xem lại mỗi năm, không gắn cứng một người với một chức", "Danh sách không bao giờ thay đổi", "Ai cũng được đưa vào", "Chỉ dành cho người trẻ tuổi"}},
			{P: "Khi cử cán bộ Lào sang Việt Nam học tập, bài giảng lưu ý điều gì?", O: []string{"*Chọn người và chọn lúc cho hợp, lại phải giỏi tiếng trước khi đi", "Cử càng nhiều người càng tốt", "Chỉ cử người sắp nghỉ hưu", "Không cần học tiếng Việt trước"}},
		}},
	{Title: "Phát biểu tại lễ bế giảng lớp Lào", Kind: "talk", Tp: []string{"study", "friendship"},
		T: `Thưa các đồng chí, hôm nay, sau sáu tháng học tập, bốn mươi sáu đồng chí học viên lớp trung cấp lý luận chính trị dành cho cán bộ tỉnh Hủa Phăn đã hoàn thành chương trình. Trong đó, mười hai đồng chí đạt loại giỏi, ba mươi hai đồng chí đạt loại khá, hai đồng chí đạt loại trung bình. Đây là kết quả đáng ghi nhận, nhất là khi phần lớn các đồng chí phải vừa học tiếng Việt, vừa học các môn lý luận. Nhà trường đánh giá cao tinh thần tự giác, ý thức kỷ luật và sự đoàn kết của lớp. Các đồng chí không chỉ là học viên mà còn là những sứ giả của tình hữu nghị: các đồng chí đã tham gia giao lưu văn hoá, thể thao, trồng cây, dọn vệ sinh cùng cán bộ và nhân dân địa phương. Tuy vậy, qua khoá học, chúng tôi cũng nhận thấy khả năng nghe hiểu và viết tiếng Việt của một số đồng chí còn hạn chế, ảnh hưởng đến việc tiếp thu bài giảng. Chúng tôi đề nghị các đồng chí tiếp tục tự học tiếng Việt sau khi về nước, và mong rằng những kiến thức đã học sẽ được vận dụng sáng tạo vào thực tiễn của tỉnh Hủa Phăn.`,
		Qs: []Q{
			{P: "Có bao nhiêu học viên hoàn thành chương trình?", O: []string{"*46", "45", "32", "12"}},
			{P: "Bao nhiêu học viên đạt loại khá?", O: []string{"*32", "12", "2", "46"}},
			{P: "Vì sao kết quả được coi là đáng ghi nhận?", O: []string{"*Nhiều người học phải vượt rào cản ngôn ngữ trong khi học môn khó", "Vì khoá học chỉ kéo dài một tháng", "Vì tất cả đều đạt loại giỏi", "Vì học viên đã biết tiếng Việt từ trước"}},
			{P: "Vì sao người nói gọi học viên là “sứ giả của tình hữu nghị”?", O: []string{"*Vì họ tham gia giao lưu, hoạt động cùng cán bộ và nhân dân địa phương", "Vì họ là nhà ngoại giao chuyên nghiệp", "Vì họ làm việc ở Đại sứ quán", "Vì họ dạy tiếng Lào"}},
			{P: "Người nói nêu hạn chế nào?", O: []string{"*Vài người vẫn gặp khó khi nghe giảng và khi viết bài", "Học viên thiếu kỷ luật", "Lớp chưa đoàn kết", "Học viên không tham gia hoạt động chung"}},
		}},
}
