package readlisten

// Reading, Bậc 5: long, complex texts: extracts of lectures in philosophy
// and scientific socialism, argued articles on anti-corruption, party
// resolutions, culture and the border economy, an interview, a letter and
// a course report; questions on gist, inference, stance and meaning.
func init() {
	allReadLevels = append(allReadLevels, ReadLevel{
		Level:   5,
		Groups:  readB5Groups,
		Clozes:  readB5Clozes,
		Matches: readB5Matches,
	})
}

var readB5Groups = []RGroup{
	{Title: "Thực tiễn và nhận thức", Tp: []string{"theory"},
		Text: `Trong lý luận nhận thức duy vật biện chứng, thực tiễn được hiểu là toàn bộ hoạt động vật chất có mục đích, mang tính lịch sử – xã hội của con người nhằm cải biến tự nhiên và xã hội. Thực tiễn có ba hình thức cơ bản: hoạt động sản xuất vật chất, hoạt động chính trị – xã hội và hoạt động thực nghiệm khoa học; trong đó sản xuất vật chất là hình thức cơ bản nhất, quyết định các hình thức khác.
Thực tiễn giữ vai trò là cơ sở, động lực và mục đích của nhận thức. Chính trong quá trình lao động, con người buộc phải tìm hiểu thế giới xung quanh, và những đòi hỏi của thực tiễn luôn đặt ra nhiệm vụ mới cho nhận thức. Mặt khác, mọi tri thức, suy cho cùng, đều nhằm phục vụ hoạt động thực tiễn. Thực tiễn còn là tiêu chuẩn của chân lý: một nhận thức chỉ được coi là đúng khi được thực tiễn kiểm nghiệm.
Từ đó, chủ nghĩa Mác – Lê-nin đòi hỏi phải quán triệt quan điểm thực tiễn: nhận thức phải xuất phát từ thực tiễn, dựa trên cơ sở thực tiễn, đi sâu vào thực tiễn và coi trọng tổng kết thực tiễn. Xa rời thực tiễn sẽ dẫn đến bệnh chủ quan, duy ý chí, giáo điều, máy móc, quan liêu. Ngược lại, tuyệt đối hoá thực tiễn, coi nhẹ lý luận sẽ rơi vào bệnh kinh nghiệm, thực dụng. Chủ tịch Hồ Chí Minh đã khái quát: “Thống nhất giữa lý luận và thực tiễn là một nguyên tắc căn bản của chủ nghĩa Mác – Lê-nin. Thực tiễn không có lý luận hướng dẫn thì thành thực tiễn mù quáng. Lý luận mà không liên hệ với thực tiễn là lý luận suông.”`,
		Qs: []Q{
			{P: "Theo bài, vì sao sản xuất vật chất được đặt lên trên các hình thức thực tiễn khác?", O: []string{"*Vì nó chi phối những hình thức còn lại", "Vì nó ra đời muộn nhất", "Vì nó cần ít người tham gia nhất", "Vì nó gắn với nghiên cứu khoa học"}},
			{P: "Ý nào KHÔNG đúng với vai trò của thực tiễn được nêu trong bài?", O: []string{"*Thực tiễn do ý thức con người sinh ra", "Thực tiễn thúc đẩy hiểu biết tiến lên", "Thực tiễn là nơi kiểm chứng một hiểu biết đúng hay sai", "Thực tiễn là nền móng của hiểu biết"}},
			{P: "Người coi nhẹ lý luận, chỉ tin vào kinh nghiệm của mình, dễ mắc phải điều gì?", O: []string{"*Làm theo cảm tính, thấy lợi trước mắt là làm", "Rập khuôn theo sách vở, không nhìn vào thực tế", "Xa dân, chỉ ngồi bàn giấy ra lệnh", "Nóng vội, muốn làm mọi việc thật nhanh"}},
			{P: "Theo Chủ tịch Hồ Chí Minh, “lý luận suông” là gì?", O: []string{"*Lý thuyết nói hay nhưng không gắn với đời sống, công việc thật", "Lý luận quá khó hiểu với người học", "Lý luận vay mượn của nước ngoài", "Lý luận đã được thực tế kiểm chứng"}},
		},
		TFs: []TF{
			{S: "Một nhận thức chỉ được coi là đúng khi được thực tiễn kiểm nghiệm.", A: true},
			{S: "Coi nhẹ lý luận sẽ dẫn đến bệnh kinh nghiệm, thực dụng.", A: true},
			{S: "Theo bài, thực tiễn chỉ gồm hoạt động sản xuất vật chất.", A: false, F: "Thực tiễn có ba hình thức; sản xuất vật chất là hình thức cơ bản nhất.", FE: "Practice has three forms; material production is only the most basic one."},
		}},
	{Title: "Phòng, chống tham nhũng, tiêu cực: từ xử lý đến phòng ngừa", Tp: []string{"theory", "office"},
		Text: `Những năm gần đây, công tác phòng, chống tham nhũng, tiêu cực được đẩy mạnh với tinh thần “không có vùng cấm, không có ngoại lệ”, bất kể người đó là ai. Nhiều vụ án lớn được đưa ra xét xử, trong đó có cả những cán bộ cấp cao. Điều đó khẳng định quyết tâm chính trị rất lớn của Đảng và Nhà nước, đồng thời củng cố niềm tin của nhân dân.
Tuy nhiên, xử lý chỉ là một mặt. Nhiều chuyên gia cho rằng, muốn phòng, chống tham nhũng bền vững, phải đồng thời làm cho cán bộ “không thể, không dám, không muốn, không cần” tham nhũng. “Không thể” là hoàn thiện thể chế, công khai, minh bạch, đẩy mạnh chuyển đổi số để hạn chế tiếp xúc trực tiếp, giảm cơ hội trục lợi. “Không dám” là phát hiện sớm và xử lý nghiêm, đủ sức răn đe. “Không muốn” là giáo dục đạo đức, xây dựng văn hoá liêm chính. “Không cần” là bảo đảm thu nhập, chế độ đãi ngộ hợp lý để cán bộ yên tâm công tác.
Ở cơ sở, những biểu hiện tiêu cực thường nhỏ lẻ nhưng ảnh hưởng trực tiếp đến người dân: gây khó khăn khi giải quyết thủ tục, thu sai các khoản đóng góp, thiếu công khai trong bình xét hộ nghèo. Vì vậy, cùng với các biện pháp từ trên xuống, cần phát huy vai trò giám sát của nhân dân, của Mặt trận và báo chí. Mỗi chi bộ ở thôn, bản phải thực sự là “tai mắt” của Đảng, kịp thời nắm bắt và phản ánh những việc làm sai trái.`,
		Qs: []Q{
			{P: "Tinh thần “không có vùng cấm, không có ngoại lệ” nghĩa là gì?", O: []string{"*Xử lý bất kỳ ai vi phạm, không trừ người nào", "Chỉ xử lý cán bộ cấp thấp", "Không xử lý cán bộ cấp cao", "Chỉ xử lý ở một số địa phương"}},
			{P: "Làm cho cán bộ “không thể” tham nhũng bằng cách nào?", O: []string{"*Bít kẽ hở của cơ chế và bớt dịp gặp riêng để vụ lợi", "Phát hiện sớm, xử lý thật nghiêm", "Giáo dục đạo đức, văn hoá liêm chính", "Tăng lương và chế độ đãi ngộ"}},
			{P: "“Không cần” tham nhũng gắn với điều gì?", O: []string{"*Được trả công xứng đáng, đủ lo cho cuộc sống", "Răn đe bằng kỷ luật nghiêm khắc", "Giáo dục về lòng liêm chính", "Công khai mọi thủ tục hành chính"}},
			{P: "Theo bài, biểu hiện tiêu cực ở cơ sở có đặc điểm gì?", O: []string{"*Quy mô không lớn nhưng dân chịu thiệt ngay", "Quy mô lớn nhưng ít ai biết", "Chủ yếu xảy ra trong doanh nghiệp", "Chỉ liên quan đến cán bộ cấp cao"}},
		},
		TFs: []TF{
			{S: "Theo bài, chỉ cần xử lý nghiêm là đủ để phòng, chống tham nhũng bền vững.", A: false},
			{S: "Thiếu công khai trong bình xét hộ nghèo là một biểu hiện tiêu cực ở cơ sở.", A: true},
			{S: "Bài viết đề cao vai trò giám sát của nhân dân, Mặt trận và báo chí.", A: true},
		}},
	{Title: "Hợp tác đào tạo cán bộ Lào: thành tựu và vấn đề đặt ra", Tp: []string{"friendship", "study"},
		Text: `Hợp tác giáo dục – đào tạo được coi là lĩnh vực hợp tác chiến lược, một điểm sáng trong quan hệ Việt Nam – Lào. Từ những năm kháng chiến, nhiều thế hệ cán bộ Lào đã được đào tạo tại Việt Nam; không ít người sau này trở thành những nhà lãnh đạo chủ chốt của Đảng và Nhà nước Lào. Hiện nay, mỗi năm có hơn mười nghìn lưu học sinh Lào học tập tại các cơ sở đào tạo của Việt Nam, từ trường nghề, trường đại học đến các trường chính trị.
Bên cạnh những kết quả to lớn, hợp tác đào tạo cũng đặt ra nhiều vấn đề. Thứ nhất, trình độ tiếng Việt đầu vào của một bộ phận học viên chưa đáp ứng yêu cầu, khiến họ mất nhiều thời gian làm quen, thậm chí không theo kịp chương trình. Thứ hai, việc lựa chọn người đi học ở một số nơi chưa gắn với quy hoạch và nhu cầu sử dụng, nên sau khi tốt nghiệp, có người không được bố trí đúng chuyên môn. Thứ ba, việc theo dõi, đánh giá hiệu quả sau đào tạo còn hạn chế: cơ sở đào tạo ít có thông tin về việc học viên đã vận dụng kiến thức như thế nào.
Để khắc phục, các bên đang hướng tới một số giải pháp: xây dựng chuẩn đầu vào về tiếng Việt theo khung năng lực sáu bậc; tổ chức kiểm tra trước khi cử đi học; gắn việc cử cán bộ với quy hoạch; và thiết lập cơ chế phối hợp theo dõi học viên sau tốt nghiệp. Các trường chính trị cấp tỉnh ở những địa phương có chung biên giới, như Thanh Hoá với Hủa Phăn, được đánh giá là có nhiều lợi thế để thực hiện cách làm này, nhờ sự gần gũi về địa lý và mối quan hệ lâu đời.`,
		Qs: []Q{
			{P: "Theo bài, hợp tác giáo dục – đào tạo có vị trí như thế nào trong quan hệ Việt Nam – Lào?", O: []string{"*Một mảng then chốt, đáng tự hào của hai bên", "Một mảng mới, còn đang thử nghiệm", "Một mảng phụ, ít được chú ý", "Một mảng đã đạt mọi mục tiêu đề ra"}},
			{P: "Vấn đề thứ nhất bài viết nêu ra là gì?", O: []string{"*Một số người sang học chưa đủ vốn tiếng Việt để theo kịp bài giảng", "Các trường ở Việt Nam không đủ chỗ", "Học phí quá cao so với thu nhập", "Học xong, học viên không muốn về nước"}},
			{P: "Vì sao có học viên sau khi tốt nghiệp không được bố trí đúng chuyên môn?", O: []string{"*Khâu tuyển chọn chưa tính tới chỗ làm sau này", "Học viên học chưa tốt các môn chuyên ngành", "Ở Lào thiếu vị trí việc làm phù hợp", "Học viên tự xin đổi sang nghề khác"}},
			{P: "Những giải pháp nào được nêu trong bài? (Chọn hai đáp án.)", O: []string{"*Đặt mức tiếng Việt tối thiểu trước khi nhận người học", "*Cùng nhau nắm tình hình người học sau khi ra trường", "Giảm số người được cử sang học", "Chuyển sang giảng dạy bằng tiếng Anh"}},
		},
		TFs: []TF{
			{S: "Nhiều cán bộ Lào từng học ở Việt Nam đã trở thành lãnh đạo chủ chốt.", A: true},
			{S: "Cơ sở đào tạo luôn có đầy đủ thông tin về việc học viên vận dụng kiến thức sau khi về nước.", A: false},
			{S: "Theo bài, các tỉnh có chung biên giới có lợi thế để thực hiện cách làm mới.", A: true},
		}},
	{Title: "Thư của một cựu học viên", Tp: []string{"study", "friendship"},
		Text: `Sầm Nưa, ngày 2 tháng 12
Kính gửi cô Hằng,
Đã hơn một năm kể từ ngày em rời Thanh Hoá, nhưng những kỷ niệm ở trường vẫn còn nguyên vẹn trong em. Em vẫn nhớ buổi đầu tiên lên lớp, khi thầy giảng về phép biện chứng, em chỉ hiểu được vài từ và đã nghĩ mình khó có thể theo học đến cuối khoá. Chính cô đã kiên nhẫn giảng lại cho em từng khái niệm vào buổi tối và khuyên em đừng ngại hỏi.
Sau khi về nước, em được phân công làm Phó Trưởng Ban Tổ chức Huyện uỷ. Công việc rất nhiều, nhưng những gì học được ở trường, nhất là môn Xây dựng Đảng và kỹ năng lãnh đạo, quản lý, đã giúp em rất nhiều. Em đã đề xuất với huyện áp dụng cách sinh hoạt chuyên đề mà lớp mình được tìm hiểu khi đi thực tế ở Thọ Xuân, và bước đầu các chi bộ bản hưởng ứng tích cực. Dĩ nhiên, không phải kinh nghiệm nào của Việt Nam cũng áp dụng ngay được ở Lào; em phải điều chỉnh cho phù hợp với phong tục và điều kiện của từng bản.
Điều em tiếc nhất là tiếng Việt của em vẫn còn hạn chế, nhất là kỹ năng viết. Ở huyện ít có dịp dùng tiếng Việt, nên em cố gắng đọc báo Việt Nam trên mạng mỗi ngày. Em mong nhà trường sớm có chương trình học tiếng Việt trực tuyến để những cựu học viên như chúng em có thể tiếp tục học.
Em kính chúc cô luôn mạnh khoẻ và hạnh phúc. Cho em gửi lời hỏi thăm các thầy cô trong khoa.
Học trò của cô,
Xay Xổm Phon`,
		Qs: []Q{
			{P: "Người viết thư hiện đang làm công việc gì?", O: []string{"*Giữ cương vị thứ hai trong bộ phận lo nhân sự của huyện", "Giáo viên dạy tiếng Việt ở huyện", "Trưởng một bản vùng cao", "Phiên dịch cho các đoàn Việt Nam"}},
			{P: "Người viết đã đề xuất áp dụng kinh nghiệm nào của Việt Nam?", O: []string{"*Một hình thức họp chi bộ theo chủ đề mà lớp từng tìm hiểu", "Cách tổ chức bộ phận một cửa", "Ứng dụng công nghệ số trong quản lý", "Mô hình xây dựng nông thôn mới"}},
			{P: "Câu “không phải kinh nghiệm nào của Việt Nam cũng áp dụng ngay được ở Lào” cho thấy thái độ nào của người viết?", O: []string{"*Vận dụng có chọn lọc, phù hợp với điều kiện địa phương", "Phản đối mọi kinh nghiệm của Việt Nam", "Áp dụng máy móc", "Không quan tâm"}},
			{P: "Người viết mong muốn điều gì?", O: []string{"*Được tiếp tục trau dồi tiếng Việt từ xa dù đã về nước", "Được sang Việt Nam học tiếp ngay", "Cô Hằng sang Lào dạy cho huyện", "Được nghỉ việc một thời gian để đi học"}},
		},
		TFs: []TF{
			{S: "Ngay từ buổi học đầu tiên, người viết đã hiểu hết bài giảng.", A: false},
			{S: "Kỹ năng viết tiếng Việt của người viết vẫn còn hạn chế.", A: true},
			{S: "Người viết đọc báo Việt Nam trên mạng để duy trì tiếng Việt.", A: true},
		}},
	{Title: "Nghị quyết chi bộ: cụ thể để làm được", Tp: []string{"party-cell", "village"},
		Text: `Một nghịch lý thường thấy ở cơ sở là nghị quyết thì nhiều, nhưng việc thực hiện lại chưa tương xứng. Có chi bộ ra nghị quyết gần như sao chép nghị quyết của cấp trên, chỉ thay tên địa phương, với những chỉ tiêu chung chung như “phấn đấu nâng cao đời sống nhân dân” hay “tăng cường công tác dân vận”. Một nghị quyết như vậy khó kiểm tra, khó đánh giá, và do đó cũng khó tạo ra chuyển biến.
Một nghị quyết tốt ở cấp chi bộ cần trả lời được ba câu hỏi: làm gì, ai làm, và đến khi nào xong. Chỉ tiêu phải cụ thể, đo đếm được, chẳng hạn “đến hết quý ba, hoàn thành bê tông hoá 800 mét đường nội thôn” thay vì “đẩy mạnh xây dựng giao thông nông thôn”. Mỗi nhiệm vụ phải được giao cho một đảng viên hoặc một tổ chức chịu trách nhiệm chính. Hằng tháng, chi bộ kiểm điểm tiến độ, chỉ rõ việc gì đã làm, việc gì chưa làm và vì sao.
Tất nhiên, cụ thể hoá không có nghĩa là ôm đồm. Nghị quyết chi bộ chỉ nên tập trung vào vài nhiệm vụ trọng tâm mà chi bộ có khả năng lãnh đạo thực hiện. Điều quan trọng hơn cả là nghị quyết phải xuất phát từ thực tế của thôn, bản và được bàn bạc dân chủ, để mỗi đảng viên thấy đó là việc của mình chứ không phải việc riêng của bí thư.`,
		Qs: []Q{
			{P: "“Nghịch lý” được nêu ở đầu bài là gì?", O: []string{"*Ra văn bản thì nhiều mà kết quả làm được lại ít", "Ít họp nhưng làm được rất nhiều việc", "Đảng viên không chịu đi họp", "Cấp trên không ban hành nghị quyết kịp thời"}},
			{P: "Vì sao những chỉ tiêu chung chung khó tạo ra chuyển biến?", O: []string{"*Vì không đo được đã làm tới đâu", "Vì chúng quá chi tiết, khó nhớ", "Vì chúng đòi hỏi quá nhiều kinh phí", "Vì đảng viên không hiểu từ ngữ trong đó"}},
			{P: "Một nghị quyết tốt cần trả lời những câu hỏi nào?", O: []string{"*Nội dung công việc, người phụ trách, mốc hoàn thành", "Lý do, địa điểm và số tiền cần chi", "Người phê duyệt và người ký ban hành", "Việc cần làm và người kiểm tra"}},
			{P: "Theo tác giả, điều quan trọng hơn cả là gì?", O: []string{"*Văn bản sát tình hình thôn, bản và do cả chi bộ cùng bàn", "Văn bản thật dài, đủ mọi lĩnh vực", "Văn bản giống hệt của cấp trên cho đúng", "Văn bản do bí thư tự soạn cho nhanh"}},
		},
		TFs: []TF{
			{S: "Theo tác giả, “đẩy mạnh xây dựng giao thông nông thôn” là một chỉ tiêu cụ thể, đo đếm được.", A: false},
			{S: "Cụ thể hoá nghị quyết có nghĩa là đưa thật nhiều nhiệm vụ vào nghị quyết.", A: false, F: "Tác giả viết: cụ thể hoá không có nghĩa là ôm đồm.", FE: "The author says making it concrete does not mean taking on everything."},
			{S: "Mỗi nhiệm vụ nên có một đảng viên hoặc tổ chức chịu trách nhiệm chính.", A: true},
		}},
	{Title: "Giữ gìn bản sắc văn hoá vùng biên", Tp: []string{"village", "friendship"},
		Text: `Vùng biên giới Thanh Hoá – Hủa Phăn là nơi sinh sống lâu đời của nhiều dân tộc như Thái, Mường, Mông, Khơ Mú. Các dân tộc ở hai bên biên giới có nhiều nét tương đồng về ngôn ngữ, phong tục, lễ hội; nhiều gia đình có họ hàng ở cả hai nước. Chính sự gần gũi ấy đã góp phần làm nên tình đoàn kết bền chặt giữa nhân dân hai tỉnh.
Tuy nhiên, quá trình phát triển kinh tế và giao lưu mạnh mẽ cũng đặt ra thách thức đối với việc giữ gìn bản sắc văn hoá. Nhiều thanh niên không còn biết hát dân ca, không biết dệt thổ cẩm; nhà sàn truyền thống dần được thay bằng nhà xây kiểu thành phố. Một số lễ hội bị thương mại hoá, chỉ còn là hình thức để thu hút khách du lịch.
Giữ gìn bản sắc không có nghĩa là đóng cửa, từ chối cái mới. Điều cần thiết là phát huy những giá trị tốt đẹp, đồng thời loại bỏ những hủ tục lạc hậu, như tảo hôn hay ma chay kéo dài, tốn kém. Nhiều địa phương đã có cách làm hay: mở lớp dạy chữ Thái cho học sinh, thành lập câu lạc bộ văn nghệ dân gian, phát triển du lịch cộng đồng để người dân vừa có thu nhập vừa có động lực giữ gìn nét văn hoá riêng. Trong những việc này, vai trò của già làng, trưởng bản và người có uy tín đặc biệt quan trọng.`,
		Qs: []Q{
			{P: "Theo bài, điều gì góp phần làm nên tình đoàn kết giữa nhân dân hai tỉnh?", O: []string{"*Những điểm chung về tiếng nói, tập quán và quan hệ gia đình", "Chủ yếu là quan hệ buôn bán qua cửa khẩu", "Các chương trình du lịch chung", "Sự giúp đỡ của các tổ chức quốc tế"}},
			{P: "Thách thức nào được nêu trong bài?", O: []string{"*Lớp trẻ dần quên các nghề và làn điệu truyền thống", "Dân số vùng biên giảm mạnh", "Thiếu trường học cho trẻ em", "Thiếu đất để sản xuất"}},
			{P: "Theo tác giả, giữ gìn bản sắc có nghĩa là gì?", O: []string{"*Chọn lọc: nuôi dưỡng điều hay, từ bỏ thói xấu", "Không tiếp nhận cái mới từ bên ngoài", "Giữ nguyên mọi phong tục như xưa", "Tổ chức nhiều lễ hội cho khách du lịch"}},
			{P: "Du lịch cộng đồng mang lại lợi ích gì?", O: []string{"*Văn hoá trở thành nguồn sống nên bà con muốn giữ nó", "Nhà sàn được thay bằng nhà xây kiên cố", "Các lễ hội thu hút đông khách hơn", "Thanh niên có việc làm ở thành phố"}},
		},
		TFs: []TF{
			{S: "Tảo hôn được bài viết coi là một hủ tục cần loại bỏ.", A: true},
			{S: "Tác giả phản đối mọi sự thay đổi trong đời sống văn hoá.", A: false},
			{S: "Già làng, trưởng bản có vai trò quan trọng trong việc giữ gìn bản sắc.", A: true},
		}},
	{Title: "Cửa khẩu Na Mèo và kinh tế vùng biên", Tp: []string{"friendship", "news"},
		Text: `Cặp cửa khẩu quốc tế Na Mèo (Thanh Hoá) – Nậm Xôi (Hủa Phăn) là cửa ngõ quan trọng nối miền Trung Việt Nam với vùng Đông Bắc Lào. Hằng năm, hàng chục nghìn lượt người và phương tiện qua lại cửa khẩu; hàng xuất khẩu chủ yếu là vật liệu xây dựng, hàng tiêu dùng, phân bón, còn hàng nhập khẩu chủ yếu là gỗ rừng trồng, nông sản và khoáng sản.
Tuy có vị trí thuận lợi, kim ngạch thương mại qua cửa khẩu vẫn còn khiêm tốn so với tiềm năng. Nguyên nhân chủ yếu là hạ tầng giao thông chưa đồng bộ: nhiều đoạn đường đèo dốc, hẹp, thường bị sạt lở vào mùa mưa; kho bãi, dịch vụ hậu cần còn thiếu. Thủ tục thông quan ở một số khâu còn chậm, doanh nghiệp hai bên thiếu thông tin về thị trường của nhau.
Các chuyên gia cho rằng, để cửa khẩu trở thành động lực phát triển, cần có tư duy liên kết vùng: không chỉ đầu tư vào con đường, mà còn phát triển các trung tâm hậu cần, các khu chế biến nông sản gần biên giới, và áp dụng mô hình “một cửa, một lần dừng” để rút ngắn thời gian thông quan. Phát triển kinh tế cửa khẩu cũng phải gắn với bảo đảm quốc phòng, an ninh và phòng, chống buôn lậu, ma tuý, những vấn đề luôn tiềm ẩn ở khu vực biên giới.`,
		Qs: []Q{
			{P: "Cặp cửa khẩu Na Mèo – Nậm Xôi có vai trò gì?", O: []string{"*Là đường giao thương chính giữa hai vùng giáp nhau của hai nước", "Là nơi duy nhất người Lào được sang Việt Nam", "Là cảng biển của vùng Đông Bắc Lào", "Là khu du lịch nổi tiếng của Thanh Hoá"}},
			{P: "Theo bài, Việt Nam mua gì từ phía Lào qua cửa khẩu?", O: []string{"*Chủ yếu là sản vật từ rừng, đồng ruộng và mỏ", "Vật liệu xây dựng", "Phân bón", "Hàng tiêu dùng"}},
			{P: "Nguyên nhân chủ yếu khiến kim ngạch thương mại còn khiêm tốn là gì?", O: []string{"*Đường sá và kho bãi chưa theo kịp nhu cầu", "Hai bên không có hàng để bán cho nhau", "Hai nước không muốn buôn bán", "Thuế nhập khẩu quá cao"}},
			{P: "Mô hình “một cửa, một lần dừng” nhằm mục đích gì?", O: []string{"*Cho hàng hoá qua biên giới nhanh hơn", "Thu thêm thuế xuất nhập khẩu", "Hạn chế hàng hoá từ Lào sang", "Đóng cửa khẩu vào ban đêm"}},
		},
		TFs: []TF{
			{S: "Theo các chuyên gia, chỉ cần đầu tư làm đường là đủ.", A: false},
			{S: "Phát triển kinh tế cửa khẩu phải gắn với bảo đảm quốc phòng, an ninh.", A: true},
			{S: "Doanh nghiệp hai bên có đầy đủ thông tin về thị trường của nhau.", A: false},
		}},
	{Title: "Trò chuyện với một bí thư chi bộ kiêm trưởng bản", Tp: []string{"party-cell", "village", "friendship"},
		Text: `Phóng viên: Thưa ông, ông làm bí thư chi bộ kiêm trưởng bản được bao lâu rồi?
Ông Khăm Bay: Tôi làm được tám năm. Trước đó tôi là bộ đội; sau khi xuất ngũ, tôi về bản làm công tác thanh niên.
Phóng viên: Công việc khó nhất của ông là gì?
Ông Khăm Bay: Khó nhất là làm sao để bà con thay đổi cách làm ăn. Bản tôi trước đây chủ yếu đốt nương làm rẫy, năng suất thấp mà lại mất rừng. Chi bộ bàn rất nhiều lần, cuối cùng quyết định để đảng viên làm trước: mỗi đảng viên nhận trồng một héc-ta cà phê và nuôi bò nhốt chuồng. Khi bà con thấy nhà đảng viên có thu nhập cao hơn, họ tự làm theo. Bây giờ cả bản không còn hộ nào đốt rừng làm nương.
Phóng viên: Ông có học được gì từ Việt Nam không?
Ông Khăm Bay: Có chứ. Năm ngoái tôi được đi học một lớp bồi dưỡng ngắn hạn ở Thanh Hoá, được đi thăm mấy thôn làm kinh tế giỏi. Tôi thấy họ thực hiện “dân biết, dân bàn, dân làm, dân kiểm tra” rất bài bản. Về bản, tôi cũng làm như vậy: việc gì lớn đều họp dân, thu chi công khai trên bảng tin ở nhà văn hoá. Từ khi công khai, bà con tin hơn, đóng góp làm đường cũng nhanh hơn.
Phóng viên: Ông có mong muốn gì không?
Ông Khăm Bay: Tôi mong có thêm nhiều lớp học như thế cho các trưởng bản trẻ. Nhưng các lớp nên có phiên dịch giỏi, hoặc học viên phải được học tiếng Việt trước, vì nhiều anh em trưởng bản chúng tôi nghe giảng bằng tiếng Việt còn rất vất vả.`,
		Qs: []Q{
			{P: "Trước khi làm bí thư kiêm trưởng bản, ông Khăm Bay đã làm gì?", O: []string{"*Phục vụ trong quân đội, sau đó lo công tác đoàn viên", "Dạy học ở trường của bản", "Làm phiên dịch cho các đoàn Việt Nam", "Buôn bán ở chợ huyện"}},
			{P: "Chi bộ đã làm gì để bà con thay đổi cách làm ăn?", O: []string{"*Cho đảng viên làm mẫu để dân tận mắt thấy lợi ích", "Cấm bà con lên nương", "Phạt nặng những hộ đốt rừng", "Mời chuyên gia nước ngoài về hướng dẫn"}},
			{P: "Ông Khăm Bay đã áp dụng điều gì học được ở Thanh Hoá?", O: []string{"*Để dân cùng quyết việc hệ trọng và biết rõ tiền bạc chung", "Trồng cà phê trên đất nương cũ", "Nuôi bò nhốt chuồng", "Xây nhà văn hoá cho bản"}},
			{P: "Vì sao ông đề nghị có phiên dịch giỏi hoặc cho học viên học tiếng Việt trước?", O: []string{"*Vì ngôn ngữ là rào cản lớn với nhiều người đi học như ông", "Vì giảng viên không biết tiếng Lào", "Vì lớp học kéo dài quá lâu", "Vì tài liệu chỉ có bằng tiếng Anh"}},
		},
		TFs: []TF{
			{S: "Hiện nay trong bản vẫn còn nhiều hộ đốt rừng làm nương.", A: false},
			{S: "Từ khi thu chi được công khai, bà con tin tưởng hơn.", A: true},
			{S: "Ông Khăm Bay đã học một lớp dài hạn sáu tháng ở Thanh Hoá.", A: false, F: "Ông học một lớp bồi dưỡng ngắn hạn.", FE: "He attended a short refresher course."},
		}},
	{Title: "Dân chủ xã hội chủ nghĩa", Tp: []string{"theory", "village"},
		Text: `Dân chủ, theo nghĩa gốc, là quyền lực thuộc về nhân dân. Trong lịch sử đã tồn tại nhiều nền dân chủ khác nhau, gắn với những chế độ xã hội khác nhau. Chủ nghĩa Mác – Lê-nin cho rằng dân chủ xã hội chủ nghĩa là nền dân chủ cao hơn về chất so với các nền dân chủ trước đó, vì nó hướng tới quyền làm chủ thực sự của đại đa số nhân dân lao động.
Ở Việt Nam, dân chủ xã hội chủ nghĩa vừa là mục tiêu, vừa là động lực của sự phát triển. Dân chủ được thực hiện qua hai hình thức chủ yếu: dân chủ đại diện, thông qua Quốc hội, Hội đồng nhân dân các cấp và các cơ quan khác của Nhà nước; và dân chủ trực tiếp, khi nhân dân trực tiếp bàn bạc, quyết định những công việc của cộng đồng, như ở các cuộc họp thôn, bản, hoặc qua việc góp ý dự thảo luật.
Tuy vậy, dân chủ luôn phải đi đôi với kỷ cương, pháp luật. Dân chủ mà không có kỷ cương sẽ dẫn đến tình trạng vô chính phủ, mỗi người làm theo ý mình; ngược lại, kỷ cương mà thiếu dân chủ sẽ dẫn đến độc đoán, chuyên quyền. Ở cơ sở, điều này thể hiện rất rõ: một cuộc họp thôn mà ai cũng nói nhưng không đi đến quyết định nào thì không phải là dân chủ thật sự; còn một trưởng thôn tự quyết định mọi việc mà không hỏi ý kiến dân thì đã vi phạm quyền làm chủ của nhân dân.`,
		Qs: []Q{
			{P: "Theo nghĩa gốc, dân chủ là gì?", O: []string{"*Mọi quyết định cuối cùng nằm trong tay dân chúng", "Nhà vua nắm quyền thay dân", "Người giàu được quyết định mọi việc", "Ai cũng được tự do kinh doanh"}},
			{P: "Dân chủ đại diện được thực hiện qua đâu?", O: []string{"*Những người và tổ chức được dân bầu ra để thay mặt dân", "Các cuộc họp thôn, bản", "Các doanh nghiệp nhà nước", "Việc góp ý dự thảo luật"}},
			{P: "Ví dụ nào là dân chủ trực tiếp?", O: []string{"*Cả làng họp để tự chọn cách làm con đường của mình", "Đại biểu Quốc hội biểu quyết thông qua luật", "Hội đồng nhân dân thông qua nghị quyết", "Chính phủ ban hành nghị định"}},
			{P: "Dân chủ mà không có kỷ cương sẽ dẫn đến điều gì?", O: []string{"*Mạnh ai nấy làm, không theo một trật tự nào", "Một người tự quyết mọi việc", "Đất nước phát triển nhanh hơn", "Mọi người đoàn kết chặt chẽ hơn"}},
		},
		TFs: []TF{
			{S: "Theo bài, dân chủ ở Việt Nam vừa là mục tiêu, vừa là động lực của sự phát triển.", A: true},
			{S: "Một trưởng thôn tự quyết định mọi việc mà không hỏi ý kiến dân là vi phạm quyền làm chủ của nhân dân.", A: true},
			{S: "Theo bài, góp ý dự thảo luật là một hình thức dân chủ đại diện.", A: false, F: "Bài xếp việc góp ý dự thảo luật vào dân chủ trực tiếp.", FE: "The text lists commenting on draft laws as direct democracy."},
		}},
	{Title: "Báo cáo tổng kết lớp học (trích)", Tp: []string{"study", "office"},
		Text: `BÁO CÁO TỔNG KẾT LỚP TRUNG CẤP LÝ LUẬN CHÍNH TRỊ DÀNH CHO CÁN BỘ TỈNH HỦA PHĂN (TRÍCH)
I. Kết quả đạt được
Lớp có 46 học viên, trong đó có 9 học viên nữ; tuổi bình quân 38. Sau sáu tháng, 100% học viên hoàn thành chương trình; 26% đạt loại giỏi, 70% đạt loại khá. Học viên chấp hành tốt quy chế, tích cực tham gia các hoạt động văn hoá, thể thao và công tác xã hội tại địa phương.
II. Hạn chế
1. Trình độ tiếng Việt của học viên không đồng đều. Khoảng một phần ba số học viên trong hai tháng đầu gần như không theo được bài giảng, phải dựa nhiều vào phiên dịch và tài liệu tóm tắt bằng tiếng Lào.
2. Một số học viên còn ngại phát biểu trong giờ thảo luận, chủ yếu do hạn chế về ngôn ngữ chứ không phải do thiếu hiểu biết.
3. Thời gian đi thực tế còn ít so với nhu cầu của học viên.
III. Kiến nghị
1. Đề nghị Ban Tổ chức Tỉnh uỷ Hủa Phăn tổ chức kiểm tra trình độ tiếng Việt trước khi cử cán bộ đi học, lấy Bậc 3 theo Khung năng lực tiếng Việt dùng cho người nước ngoài làm chuẩn tối thiểu.
2. Đối với cán bộ chưa đạt chuẩn, tổ chức lớp bồi dưỡng tiếng Việt ít nhất ba tháng tại Hủa Phăn trước khi sang học.
3. Tăng thời gian đi thực tế lên ít nhất hai tuần; biên soạn tài liệu song ngữ Việt – Lào cho các môn lý luận cơ bản.`,
		Qs: []Q{
			{P: "Theo báo cáo, có bao nhiêu học viên đạt loại khá trở lên?", O: []string{"*Gần như tất cả, khoảng 96%", "Khoảng một phần ba", "Khoảng một nửa", "Chỉ một phần tư"}},
			{P: "Theo báo cáo, vì sao một số học viên ngại phát biểu?", O: []string{"*Vì chưa đủ vốn tiếng để nói ra điều mình biết", "Vì hiểu bài chưa sâu", "Vì không thích tranh luận", "Vì giảng viên không khuyến khích"}},
			{P: "Kiến nghị thứ nhất nhằm giải quyết hạn chế nào?", O: []string{"*Học viên vào lớp với vốn tiếng Việt chênh lệch nhau", "Học viên ngại phát biểu vì thiếu hiểu biết", "Thời gian đi thực tế quá ít", "Thiếu tài liệu song ngữ"}},
			{P: "Với cán bộ chưa đạt chuẩn, báo cáo kiến nghị làm gì?", O: []string{"*Học thêm tiếng Việt ở quê nhà tối thiểu một quý rồi mới sang", "Không cử đi học nữa", "Học tiếng Việt sáu tháng ở Thanh Hoá", "Tự học ở nhà rồi thi lại"}},
		},
		TFs: []TF{
			{S: "Lớp có 9 học viên nữ.", A: true},
			{S: "Trong hai tháng đầu, tất cả học viên đều theo kịp bài giảng.", A: false},
			{S: "Báo cáo kiến nghị tăng thời gian đi thực tế lên ít nhất hai tuần.", A: true},
		}},
}

var readB5Clozes = []Cloze{
	{Tp: []string{"party-cell", "theory"}, Text: "Nghị quyết Đại hội là kết tinh [*trí tuệ|quyền lợi|sức lực] của toàn Đảng, toàn dân, là [*kim chỉ nam|kết quả|thành tích] cho hành động trong nhiệm kỳ tới."},
	{Tp: []string{"theory"}, Text: "Chúng ta phải [*kiên định|điều chỉnh|xem xét lại] mục tiêu độc lập dân tộc gắn liền với chủ nghĩa xã hội."},
	{Tp: []string{"theory", "party-cell"}, Text: "Mọi biểu hiện [*suy thoái|đổi mới|phát triển] về tư tưởng chính trị, đạo đức, lối sống đều phải được ngăn chặn kịp thời."},
	{Tp: []string{"friendship"}, Text: "Quan hệ Việt Nam – Lào không ngừng được [*vun đắp|chia rẽ|thu hẹp] qua nhiều thế hệ."},
	{Tp: []string{"theory"}, Text: "Cán bộ phải [*thấm nhuần|xem nhẹ|nghi ngờ] tư tưởng “lấy dân làm gốc”."},
	{Tp: []string{"theory"}, Text: "Nhà nước có nhiệm vụ [*thể chế hoá|công nghiệp hoá|đô thị hoá] chủ trương, đường lối của Đảng thành pháp luật."},
	{Tp: []string{"news"}, Text: "Tình hình thế giới diễn biến nhanh chóng, phức tạp, [*khó lường|ổn định|dễ đoán]."},
	{Tp: []string{"theory", "news"}, Text: "Sau hơn 35 năm đổi mới, đất nước ta đã đạt được những thành tựu to lớn, có ý nghĩa [*lịch sử|tạm thời|cá nhân]. Tuy nhiên, nền kinh tế vẫn còn nhiều [*hạn chế|thành công|ưu điểm], năng suất lao động còn thấp, sức cạnh tranh chưa cao."},
	{Tp: []string{"theory"}, Text: "Phải coi trọng [*tổng kết|xem nhẹ|né tránh] thực tiễn để bổ sung, phát triển lý luận."},
	{Tp: []string{"party-cell"}, Text: "Cán bộ lãnh đạo phải dám nghĩ, dám làm, dám chịu trách nhiệm, dám [*đổi mới sáng tạo|an phận|thoái thác]."},
	{Tp: []string{"theory"}, Text: "Kinh tế tư nhân được xác định là một [*động lực|gánh nặng|trở ngại] quan trọng của nền kinh tế."},
	{Tp: []string{"friendship"}, Text: "Hợp tác giáo dục được coi là lĩnh vực hợp tác [*chiến lược|thứ yếu|tạm thời] giữa hai nước."},
	{Tp: []string{"friendship"}, Text: "Chủ tịch Cay-xỏn Phôm-vi-hản là người sáng lập Đảng Nhân dân Cách mạng [=Lào]."},
	{Tp: []string{"theory"}, Text: "Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn Độc lập ngày 2 tháng [=9|chín] năm 1945."},
	{Tp: []string{"village"}, Text: "Thực hiện tốt quy chế dân chủ ở cơ sở là [*điều kiện|trở ngại|hậu quả] quan trọng để phát huy quyền làm chủ của nhân dân."},
	{Tp: []string{"office"}, Text: "Cần [*khắc phục|duy trì|khuyến khích] tình trạng nói nhiều làm ít, hứa nhiều làm ít."},
	{Tp: []string{"friendship", "news"}, Text: "Trong bối cảnh [*toàn cầu hoá|cơ giới hoá|điện khí hoá], các quốc gia vừa hợp tác vừa cạnh tranh. Việt Nam chủ trương [*đa phương hoá|đô thị hoá|tư nhân hoá], đa dạng hoá quan hệ đối ngoại, là bạn, là đối tác tin cậy và là thành viên tích cực, có trách nhiệm của cộng đồng quốc tế."},
	{Tp: []string{"party-cell"}, Text: "Đảng viên vi phạm kỷ luật phải được xử lý [*nghiêm minh|nhẹ nhàng|châm chước], kịp thời."},
	{Tp: []string{"office"}, Text: "Kết quả kiểm tra cho thấy một số cán bộ đã [*buông lỏng|thắt chặt|nâng cao] trách nhiệm quản lý, để xảy ra sai phạm kéo dài."},
	{Tp: []string{"study"}, Text: "Việc bồi dưỡng tiếng Việt cho cán bộ trước khi cử đi học là [*cần thiết|thừa|tốn kém], nhằm bảo đảm chất lượng đào tạo."},
	{Tp: []string{"party-cell"}, Text: "Ông ấy được [*tín nhiệm|chỉ định|bổ nhiệm] bầu giữ chức Bí thư Huyện uỷ."},
	{Tp: []string{"party-cell"}, Text: "Đại hội đại biểu toàn quốc của Đảng được tổ chức năm năm một [=lần]."},
	{Tp: []string{"party-cell"}, Text: "Phải [*quán triệt|lưu trữ|tóm tắt] sâu sắc nghị quyết đến từng chi bộ, từng đảng viên."},
	{Tp: []string{"theory"}, Text: "Phát triển kinh tế phải đi đôi với bảo vệ [*môi trường|môi giới|thị trường]."},
}

var readB5Matches = []Match{
	{Tp: []string{"theory"}, P: "Nối phạm trù triết học với định nghĩa.", Pairs: []string{"vật chất | thực tại khách quan, tồn tại không lệ thuộc vào cảm giác", "ý thức | sự phản ánh thế giới khách quan vào bộ óc con người", "thực tiễn | hoạt động vật chất có mục đích của con người", "chân lý | tri thức phù hợp với hiện thực, được thực tiễn kiểm nghiệm"}},
	{Tp: []string{"theory"}, P: "Nối quy luật của phép biện chứng với ý nghĩa của nó.", Pairs: []string{"quy luật lượng – chất | chỉ ra cách thức của sự phát triển", "quy luật thống nhất và đấu tranh của các mặt đối lập | chỉ ra nguồn gốc, động lực của sự phát triển", "quy luật phủ định của phủ định | chỉ ra khuynh hướng của sự phát triển"}, X: []string{"chỉ ra giới hạn của sự phát triển"}},
	{Tp: []string{"theory"}, P: "Nối bộ phận của chủ nghĩa Mác – Lê-nin với nội dung nghiên cứu.", Pairs: []string{"triết học Mác – Lê-nin | thế giới quan và phương pháp luận chung", "kinh tế chính trị Mác – Lê-nin | các quan hệ và quy luật kinh tế của xã hội", "chủ nghĩa xã hội khoa học | con đường, lực lượng thực hiện sự chuyển biến lên chủ nghĩa xã hội"}},
	{Tp: []string{"theory"}, P: "Nối phẩm chất với lời giải thích của Chủ tịch Hồ Chí Minh.", Pairs: []string{"cần | siêng năng, chăm chỉ", "kiệm | tiết kiệm, không xa xỉ", "liêm | trong sạch, không tham lam", "chính | thẳng thắn, đứng đắn"}},
	{Tp: []string{"office", "party-cell"}, P: "Nối cách nói với nghĩa.", Pairs: []string{"trên bảo dưới không nghe | cấp dưới không chấp hành chỉ đạo của cấp trên", "đánh trống bỏ dùi | làm nửa chừng rồi bỏ", "bệnh thành tích | chạy theo con số đẹp, không thực chất", "nhìn thẳng vào sự thật | thừa nhận đúng thực trạng, kể cả khuyết điểm"}},
	{Tp: []string{"theory"}, P: "Nối từ có yếu tố “hoá” với nghĩa.", Pairs: []string{"công nghiệp hoá | chuyển sang sản xuất chủ yếu bằng máy móc", "đô thị hoá | nông thôn dần trở thành đô thị", "thể chế hoá | đưa chủ trương thành luật lệ, quy định", "xã hội hoá | huy động toàn xã hội cùng tham gia"}},
	{Tp: []string{"office"}, P: "Nối từ với nghĩa.", Pairs: []string{"kiểm tra | xem xét để đánh giá, kết luận", "giám sát | theo dõi thường xuyên để phát hiện sai sót", "thanh tra | kiểm tra của cơ quan nhà nước có thẩm quyền", "kiểm toán | kiểm tra các khoản thu, chi tài chính"}},
	{Tp: []string{"theory"}, P: "Nối sự kiện lịch sử Việt Nam với năm.", Pairs: []string{"Cách mạng Tháng Tám thành công | 1945", "Chiến thắng Điện Biên Phủ | 1954", "Thống nhất đất nước | 1975", "Bắt đầu công cuộc Đổi mới | 1986"}, X: []string{"1968"}},
	{Tp: []string{"office"}, P: "Nối cách nói trong văn bản với chức năng.", Pairs: []string{"Trân trọng kính mời | mời một cách trang trọng", "Xin chân thành cảm ơn | cảm ơn một cách trang trọng", "Đề nghị các đơn vị nghiêm túc thực hiện | yêu cầu cấp dưới làm đúng", "Kính chuyển | gửi tiếp văn bản đến người có thẩm quyền"}},
	{Tp: []string{"theory"}, P: "Nối hai vế thành câu.", Pairs: []string{"Lý luận không gắn với thực tiễn | trở thành lý luận suông.", "Thực tiễn không có lý luận hướng dẫn | trở thành thực tiễn mù quáng.", "Dân chủ không đi đôi với kỷ cương | dẫn đến vô chính phủ.", "Kỷ cương mà thiếu dân chủ | dẫn đến độc đoán, chuyên quyền."}},
	{Tp: []string{"office", "party-cell"}, P: "Nối thuật ngữ công tác cán bộ với nghĩa.", Pairs: []string{"bổ nhiệm | giao giữ một chức vụ", "miễn nhiệm | cho thôi giữ chức vụ", "luân chuyển | điều động sang vị trí khác để rèn luyện", "nghỉ hưu | thôi làm việc khi đến tuổi"}},
	{Tp: []string{"friendship"}, P: "Nối từ với nghĩa.", Pairs: []string{"đối tác | bên cùng hợp tác", "đối thủ | bên cạnh tranh", "đối thoại | trao đổi để hiểu nhau", "đối ngoại | quan hệ với nước ngoài"}},
}
